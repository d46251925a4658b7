package org.gongshang.notification;

/** Ways out of the platform, each sent through the outbox; the inbox needs no sending. */
public enum Channel {
    SMS, EMAIL
}
