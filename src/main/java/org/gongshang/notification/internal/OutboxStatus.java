package org.gongshang.notification.internal;

/** PENDING until sent (SENT), given up after the last try (FAILED), or too late to matter (EXPIRED). */
public enum OutboxStatus {
    PENDING, SENT, FAILED, EXPIRED
}
