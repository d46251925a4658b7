package org.gongshang.emergency;

/** The response targets an event's timers count down to. */
public enum Target {
    /** 首次响应: counted from the report, met by the first response (or the resolution). */
    FIRST_RESPONSE,
    /** 处置完成: counted from the report, met by the resolution. */
    RESOLUTION,
    /** 复盘: counted from the resolution ({@code review-within}, working days by default), met by the review. */
    REVIEW
}
