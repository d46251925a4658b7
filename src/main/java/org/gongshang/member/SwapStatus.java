package org.gongshang.member;

/** A shift swap request: the other member accepts or declines; the asker may take it back first. */
public enum SwapStatus {
    REQUESTED, ACCEPTED, DECLINED, CANCELLED
}
