package org.gongshang.quality.internal;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;

/** What an evaluation says about its consultation: for the lists, the roll-ups and the public page. */
public record EvaluationSubject(long consultationId, String title, String regionCode, String districtCode,
        long organizationId, ConsultationKind kind, ConsultationForm form, int year, boolean openToPublic) {
}
