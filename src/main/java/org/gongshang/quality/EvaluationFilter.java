package org.gongshang.quality;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.jspecify.annotations.Nullable;

/** Which evaluations a list or an aggregate covers; null means any. */
public record EvaluationFilter(@Nullable Integer year, @Nullable String districtCode, @Nullable Long organizationId,
        @Nullable ConsultationKind kind, @Nullable ConsultationForm form) {

    public static EvaluationFilter any() {
        return new EvaluationFilter(null, null, null, null, null);
    }
}
