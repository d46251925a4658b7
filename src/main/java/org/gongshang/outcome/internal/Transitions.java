package org.gongshang.outcome.internal;

import java.time.Clock;
import java.time.Instant;

import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.RecommendationStatusChanged;
import org.gongshang.outcome.Transition;
import org.gongshang.shared.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps what an aggregate method did: saves the recommendation, appends the transition to its
 * history (who, when, why) and records it in the audit log, all in the caller's transaction.
 */
@Component("outcomeTransitions")
public class Transitions {

    private final RecommendationStore store;
    private final HistoryStore history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Transitions(RecommendationStore store, HistoryStore history, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a change without a transition (e.g. a progress report that keeps the status). */
    public Instant save(Recommendation recommendation) {
        Instant now = Rows.now(clock);
        store.save(recommendation, now);
        return now;
    }

    public Instant keep(Recommendation recommendation, @Nullable Transition transition, @Nullable Long actorId) {
        Instant now = save(recommendation);
        if (transition != null) {
            history.record(recommendation.id(), transition, actorId, now, recommendation.handlingRound());
            events.publishEvent(AuditRecord.of("outcome." + transition.to().name().toLowerCase(java.util.Locale.ROOT), actorId,
                    "recommendation", recommendation.id())
                    .with("from", transition.from()).with("reason", transition.reason()));
            events.publishEvent(new RecommendationStatusChanged(recommendation.id(), recommendation.consultationId(),
                    recommendation.regionCode(), transition.from(), transition.to(), now));
        }
        return now;
    }

    /** The first line of the history: the recommendation was made. */
    public void created(Recommendation recommendation, @Nullable Long actorId) {
        Instant now = Rows.now(clock);
        history.record(recommendation.id(), new Transition(null, recommendation.status(), recommendation.source().name()),
                actorId, now, 1);
        events.publishEvent(AuditRecord.of("outcome.created", actorId, "recommendation", recommendation.id())
                .with("source", recommendation.source()));
        events.publishEvent(new RecommendationStatusChanged(recommendation.id(), recommendation.consultationId(),
                recommendation.regionCode(), null, recommendation.status(), now));
    }
}
