package org.gongshang.notification.internal;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The once-key of a notice caused by an event: a digest of the event's values and the notice's
 * title. An event handled a second time (its node died after the notice committed, before the
 * event was marked complete) gives the same key, and the notice is not written again; two events
 * that differ in any value give different keys.
 */
final class EventKeys {

    private EventKeys() {
    }

    static String of(Record event, String noticeTitleKey) {
        StringBuilder values = new StringBuilder(event.getClass().getName()).append('|').append(noticeTitleKey);
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            values.append('|').append(component.getName()).append('=').append(value(event, component));
        }
        return "event:" + HexFormat.of().formatHex(sha256(values.toString())).substring(0, 48);
    }

    private static String value(Record event, RecordComponent component) {
        try {
            Object value = component.getAccessor().invoke(event);
            return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + event.getClass(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
