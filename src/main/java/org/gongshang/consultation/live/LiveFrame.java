package org.gongshang.consultation.live;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event, framed and encoded once (event name and data lines, UTF-8) and written as
 * is to every subscriber of an audience: the bytes are made once per event, not once per connection.
 */
public record LiveFrame(String event, byte[] bytes) {

    /** Frames data under an event name; every line of the data becomes its own {@code data:} line. */
    public static LiveFrame of(String event, String data) {
        StringBuilder frame = new StringBuilder(data.length() + event.length() + 16).append("event:").append(event).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data:").append(line).append('\n');
        }
        return new LiveFrame(event, frame.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A comment line, which clients ignore: keeps idle connections open and finds dead ones. */
    public static LiveFrame heartbeat() {
        return new LiveFrame("", ":\n\n".getBytes(StandardCharsets.US_ASCII));
    }
}
