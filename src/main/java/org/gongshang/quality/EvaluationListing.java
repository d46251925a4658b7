package org.gongshang.quality;

import java.time.Instant;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.jspecify.annotations.Nullable;

/** An evaluation in a list. */
public record EvaluationListing(long consultationId, String title, String regionCode, String districtCode,
        long organizationId, ConsultationKind kind, ConsultationForm form, int year, EvaluationStatus status,
        @Nullable Double score, @Nullable Grade grade, int measured, Instant computedAt, @Nullable Instant closedAt) {
}
