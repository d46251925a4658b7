package org.gongshang.outcome;

/**
 * What a reply grade means, whatever letter and wording a place uses for it: quality evaluation
 * counts SOLVED (and BEING_SOLVED) towards the implementation rate.
 */
public enum ReplyGradeKind {
    /** 已解决或基本解决. */
    SOLVED,
    /** 正在解决或列入计划解决. */
    BEING_SOLVED,
    /** 因条件限制暂不能解决、留作参考. */
    FOR_REFERENCE
}
