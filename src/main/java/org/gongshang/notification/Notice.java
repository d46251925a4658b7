package org.gongshang.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message to send to people, as message keys of the notification bundle: it is written in each
 * recipient's language. {@code titleKey} is the inbox title and email subject; {@code bodyKey} the
 * text. Arguments are formatted with {@link java.text.MessageFormat}.
 *
 * @param link a path in the platform (e.g. {@code /topics/12}) that the message leads to, or null
 * @param onceKey names what caused the notice (an event) so that handling it again sends nothing more; null for none
 */
public record Notice(MessageKind kind, String titleKey, String bodyKey, List<Object> args, @Nullable String link,
        Urgency urgency, @Nullable String onceKey) {

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(MessageKind kind, String titleKey, String bodyKey, Object... args) {
        return new Notice(kind, titleKey, bodyKey, List.of(args), null, Urgency.NORMAL, null);
    }

    public Notice linkingTo(String path) {
        return new Notice(kind, titleKey, bodyKey, args, path, urgency, onceKey);
    }

    public Notice urgent() {
        return new Notice(kind, titleKey, bodyKey, args, link, Urgency.URGENT, onceKey);
    }

    /**
     * Sent at most once for this key per recipient (or phone): for notices sent by event listeners,
     * which run again when a node dies between writing the notice and marking the event handled.
     */
    public Notice once(String key) {
        return new Notice(kind, titleKey, bodyKey, args, link, urgency, key);
    }

    /** An argument that is itself translated into the recipient's language, e.g. {@code role.STAFF}. */
    public static MessageSourceResolvable translated(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    public boolean isUrgent() {
        return urgency == Urgency.URGENT;
    }
}
