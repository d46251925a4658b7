package org.gongshang.consultation.live;

/**
 * One server-sent event, framed once (event name and data lines) and written as is to every
 * subscriber of an audience: the text is built once per event, not once per connection.
 */
public record LiveFrame(String event, String text) {

    /** Frames data under an event name; every line of the data becomes its own {@code data:} line. */
    public static LiveFrame of(String event, String data) {
        StringBuilder frame = new StringBuilder(data.length() + event.length() + 16).append("event:").append(event).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data:").append(line).append('\n');
        }
        return new LiveFrame(event, frame.append('\n').toString());
    }

    /** A comment line, which clients ignore: keeps idle connections open and finds dead ones. */
    public static LiveFrame heartbeat() {
        return new LiveFrame("", ":\n\n");
    }
}
