package org.gongshang.quality.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.consultation.ConsultationConcluded;
import org.gongshang.consultation.MinutesFinalised;
import org.gongshang.followup.FollowUpRecorded;
import org.gongshang.followup.SurveyPublished;
import org.gongshang.outcome.HandlingRecords;
import org.gongshang.outcome.RecommendationStatusChanged;
import org.gongshang.quality.IndicatorSetChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events that change what an evaluation measures, each answered by computing the evaluations of
 * the consultations concerned again (after the other module's commit, in a transaction of their own;
 * the event publication registry retries a refresh that failed).
 */
@Component
class EvaluationTriggers {

    private final EvaluationRefresh refresh;
    private final HandlingRecords handling;
    private final EvaluationRepository evaluations;

    EvaluationTriggers(EvaluationRefresh refresh, HandlingRecords handling, EvaluationRepository evaluations) {
        this.refresh = refresh;
        this.handling = handling;
        this.evaluations = evaluations;
    }

    /** The session is over: attendance, speaking and opinions are final, and the evaluation begins. */
    @ApplicationModuleListener
    void on(ConsultationConcluded concluded) {
        refresh.refresh(concluded.consultationId());
    }

    /** The minutes start the clock of the transfer. */
    @ApplicationModuleListener
    void on(MinutesFinalised finalised) {
        refresh.refresh(finalised.consultationId());
    }

    /** A recommendation was made, transferred, signed for, replied, rated, sent back or closed. */
    @ApplicationModuleListener
    void on(RecommendationStatusChanged changed) {
        if (changed.consultationId() != null) {
            refresh.refresh(changed.consultationId());
        }
    }

    @ApplicationModuleListener
    void on(FollowUpRecorded recorded) {
        consultationsOf(recorded.consultationId(), recorded.recommendationIds()).forEach(refresh::refresh);
    }

    @ApplicationModuleListener
    void on(SurveyPublished published) {
        consultationsOf(published.consultationId(),
                published.recommendationId() == null ? List.of() : List.of(published.recommendationId()))
                .forEach(refresh::refresh);
    }

    /** Staff changed the indicators: the open evaluations scored by them follow. */
    @ApplicationModuleListener
    void on(IndicatorSetChanged changed) {
        evaluations.openIdsOfSet(changed.indicatorSetId()).forEach(refresh::refresh);
    }

    private Set<Long> consultationsOf(@Nullable Long consultationId, List<Long> recommendationIds) {
        Set<Long> consultations = new LinkedHashSet<>();
        if (consultationId != null) {
            consultations.add(consultationId);
        }
        for (long recommendationId : recommendationIds) {
            handling.find(recommendationId).map(record -> record.recommendation().consultationId())
                    .ifPresent(consultations::add);
        }
        return consultations;
    }
}
