package org.gongshang.deliberation;

/** Where a deliberation is in time: votes and statements are taken only while it is OPEN. */
public enum DeliberationStatus {
    UPCOMING,
    OPEN,
    CLOSED
}
