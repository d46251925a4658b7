package org.gongshang.emergency;

/** The steps on an event's timeline. */
public enum StepKind {
    /** The report; the detail is the reporter's role. */
    REPORTED,
    /** Another person reported the same event; the detail is their role. */
    JOINED,
    CONFIRMED,
    DECLINED,
    /** Those responsible were told; the detail is how many people. */
    NOTIFIED,
    /** This event was merged into another; the reference is the survivor. */
    MERGED,
    /** Another event was merged into this one; the reference is that event. */
    ABSORBED,
    /** Someone responsible responded; the detail is what they said. */
    RESPONDED,
    /** A rapid consultation was opened; the reference is the consultation. */
    CONSULTATION_OPENED,
    /** An online deliberation was opened with it; the reference is the deliberation. */
    DELIBERATION_OPENED,
    /** A target is running out; the detail is the target. */
    WARNED,
    /** A target was missed and the event raised a level; the detail is the target, then the level. */
    ESCALATED,
    RESOLVED,
    /** A reporter rated the handling; the detail is the rating. */
    RATED,
    REVIEWED,
    /** It became (part of) a regular topic; the reference is the topic. */
    TOPIC_CREATED
}
