package org.gongshang.deliberation.internal;

/** What became of one vote handed to the {@link VoteWriter}. */
public enum VoteOutcome {
    /** The statement or the deliberation refused it: nothing was written. */
    REFUSED,
    /** The same as the participant's current vote: nothing was written, nothing to recompute. */
    UNCHANGED,
    /** The new current vote, with its history row. */
    RECORDED
}
