package org.gongshang.notification;

/** A person's channels for one kind of message, besides the inbox, which is always on. */
public record ChannelChoice(MessageKind kind, boolean sms, boolean email) {
}
