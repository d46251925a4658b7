package org.gongshang.deliberation;

/** Which statements participants see: STRICT only accepted ones, OPEN all but rejected (and held) ones. */
public enum ModerationMode {
    STRICT,
    OPEN
}
