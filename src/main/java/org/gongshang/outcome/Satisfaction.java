package org.gongshang.outcome;

/** One person's rating of a reply (满意度测评). */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
