package org.gongshang.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One duty record (履职记录) of a member, with the points the rule in force that day gave it. */
public record DutyRecord(long id, long memberId, String memberName, DutyActivity activity, LocalDate occurredOn, String title,
        @Nullable String evidence, DutyStatus status, int points, @Nullable String reviewNote) {
}
