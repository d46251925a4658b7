package org.gongshang.followup;

import java.util.Collection;
import java.util.List;

import org.gongshang.followup.internal.FollowUpStore;
import org.gongshang.followup.internal.SurveyStore;
import org.springframework.stereotype.Service;

/**
 * For the quality evaluation: the follow-ups and published questionnaires of a consultation and of its
 * recommendations, regardless of who asks. Counts and dates only — findings and answers stay here.
 */
@Service
public class FollowUpEvidence {

    private final FollowUpStore records;
    private final SurveyStore surveys;

    FollowUpEvidence(FollowUpStore records, SurveyStore surveys) {
        this.records = records;
        this.surveys = surveys;
    }

    /** Records linked to the consultation or to any of the recommendations, oldest first. */
    public List<LinkedFollowUp> followUps(long consultationId, Collection<Long> recommendationIds) {
        return records.linkedTo(consultationId, recommendationIds);
    }

    /** Published (or closed) questionnaires linked to the consultation or to any of the recommendations. */
    public List<LinkedSurvey> surveys(long consultationId, Collection<Long> recommendationIds) {
        return surveys.linkedTo(consultationId, recommendationIds);
    }
}
