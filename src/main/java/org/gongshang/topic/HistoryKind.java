package org.gongshang.topic;

/** The steps shown on a topic's timeline. */
public enum HistoryKind {
    SUBMITTED, HELD, RELEASED, ACCEPTED, DECLINED, MERGED, ABSORBED, ROUTED, ESCALATED, HANDED_DOWN,
    PLANNED, UNPLANNED, IN_CONSULTATION, CONSULTED,
    /** Raised (上升) from a grassroots consultation's consensus; the reference is that consultation. */
    RAISED_FROM,
    /** Recommended by a member from a station's reception or a grid visit; the detail says where. */
    RECOMMENDED_FROM,
    /** Raised as a common problem from a similar topic; the reference is that topic. */
    RAISED_FROM_TOPIC,
    /** This topic was one of a common problem's sources; the reference is the topic raised. */
    RAISED_INTO
}
