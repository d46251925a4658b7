package org.gongshang.member;

/** A member's place on the committee. */
public enum MemberPosition {
    /** 主席. */
    CHAIR,
    /** 副主席. */
    VICE_CHAIR,
    /** 常委. */
    STANDING,
    /** 委员. */
    ORDINARY
}
