package org.gongshang.quality;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's evaluation was made, recomputed with another score or grade, closed or reopened.
 *
 * @param districtCode the district (区/县) of the consultation's region, or the city for a city's own
 */
public record EvaluationChanged(long consultationId, String regionCode, String districtCode, long organizationId,
        ConsultationKind kind, ConsultationForm form, int year, EvaluationStatus status, @Nullable Double score,
        @Nullable Grade grade) {
}
