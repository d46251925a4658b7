package org.gongshang.outcome.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.RecommendationReplied;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationStatusChanged;
import org.gongshang.outcome.ReplyGrade;
import org.gongshang.outcome.SatisfactionResult;
import org.gongshang.outcome.internal.OutcomeRollup.Fact;
import org.gongshang.shared.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the module's own facts in the roll-up as they happen, in the transaction of the act (plain
 * listeners run in the publisher's transaction): a transfer, a reply (on time or late, and its grade's
 * kind), a rating round's result.
 */
@Component
class OutcomeFacts {

    private final RecommendationStore store;
    private final OutcomeRollup rollup;
    private final OutcomeProperties properties;
    private final Clock clock;

    OutcomeFacts(RecommendationStore store, OutcomeRollup rollup, OutcomeProperties properties, Clock clock) {
        this.store = store;
        this.rollup = rollup;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(RecommendationStatusChanged changed) {
        boolean transferred = changed.to() == RecommendationStatus.TRANSFERRED;
        boolean rated = changed.from() == RecommendationStatus.REPLIED
                && (changed.to() == RecommendationStatus.RATED || changed.to() == RecommendationStatus.REHANDLING);
        if (!transferred && !rated) {
            return;
        }
        Recommendation recommendation = store.find(changed.recommendationId()).orElseThrow();
        if (recommendation.assignment() == null) {
            return;
        }
        long lead = recommendation.assignment().leadOrganizationId();
        if (transferred) {
            rollup.count(Fact.TRANSFERRED, recommendation.regionCode(), lead, changed.at());
        } else if (recommendation.result() != null) {
            rollup.count(result(recommendation.result()), recommendation.regionCode(), lead, changed.at());
        }
    }

    @EventListener
    void on(RecommendationReplied replied) {
        Recommendation recommendation = store.find(replied.recommendationId()).orElseThrow();
        if (recommendation.assignment() == null) {
            return;
        }
        long lead = recommendation.assignment().leadOrganizationId();
        var now = clock.instant();
        boolean onTime = !LocalDate.ofInstant(now, Zones.platform()).isAfter(recommendation.assignment().dueOn());
        rollup.count(onTime ? Fact.REPLIED_ON_TIME : Fact.REPLIED_LATE, recommendation.regionCode(), lead, now);
        ReplyGrade grade = properties.grade(replied.grade()).orElse(null);
        if (grade != null) {
            Fact kind = switch (grade.kind()) {
                case SOLVED -> Fact.SOLVED;
                case BEING_SOLVED -> Fact.BEING_SOLVED;
                case FOR_REFERENCE -> Fact.FOR_REFERENCE;
            };
            rollup.count(kind, recommendation.regionCode(), lead, now);
        }
    }

    private static Fact result(SatisfactionResult result) {
        return switch (result) {
            case SATISFIED -> Fact.SATISFIED;
            case BASICALLY_SATISFIED -> Fact.BASICALLY_SATISFIED;
            case UNSATISFIED -> Fact.UNSATISFIED;
            case NOT_RATED -> Fact.NOT_RATED;
        };
    }
}
