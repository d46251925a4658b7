package org.gongshang.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Whether a survey takes answers at a moment: its status and its open and close times together. */
public enum Availability {
    DRAFT, NOT_YET_OPEN, OPEN, CLOSED;

    /** A published survey past its closing time is closed, whether or not staff closed it. */
    public static Availability at(SurveyStatus status, @Nullable Instant opensAt, @Nullable Instant closesAt, Instant now) {
        if (status == SurveyStatus.DRAFT) {
            return DRAFT;
        }
        if (status == SurveyStatus.CLOSED || closesAt != null && !now.isBefore(closesAt)) {
            return CLOSED;
        }
        return opensAt != null && now.isBefore(opensAt) ? NOT_YET_OPEN : OPEN;
    }
}
