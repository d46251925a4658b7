package org.gongshang.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A questionnaire in a list, with how many questions it asks and how many people answered. */
public record SurveySummary(long id, String title, String regionCode, boolean anonymous, SurveyAudience audience,
        SurveyStatus status, @Nullable Instant opensAt, @Nullable Instant closesAt, @Nullable Long recommendationId,
        @Nullable Long consultationId, @Nullable Long topicId, int questions, int responses, Instant createdAt) {

    /** Whether it takes answers now (published, open and not closed). */
    public Availability availability(Instant now) {
        return Availability.at(status, opensAt, closesAt, now);
    }
}
