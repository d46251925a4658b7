package org.gongshang.member;

/** Whom a notice to members goes to. */
public enum NoticeAudience {
    /** All active members of the committee (向全体委员发布消息). */
    COMMITTEE,
    /** The members of one sector. */
    SECTOR,
    /** The members serving at one station. */
    STATION,
    /** Members picked by hand. */
    LIST
}
