package org.gongshang.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.gongshang.outcome.internal.Deadlines;
import org.gongshang.outcome.internal.DetailsAssembler;
import org.gongshang.outcome.internal.OutcomeAccess;
import org.gongshang.outcome.internal.RatingStore;
import org.gongshang.outcome.internal.Recipients;
import org.gongshang.outcome.internal.RecommendationStore;
import org.gongshang.outcome.internal.Rows;
import org.gongshang.outcome.internal.Transitions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Satisfaction (满意度测评): after a reply, the people concerned rate it once each within the
 * window; when the window closes (staff close it early, or its working days run out) the
 * configured rule decides, and an UNSATISFIED result sends the recommendation back for re-handling.
 */
@Service
public class SatisfactionRatings {

    static final int MAX_COMMENT = 500;

    private final RecommendationStore store;
    private final RatingStore ratings;
    private final Transitions transitions;
    private final OutcomeAccess access;
    private final Deadlines deadlines;
    private final DetailsAssembler assembler;
    private final Recipients recipients;
    private final OutcomeProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SatisfactionRatings(RecommendationStore store, RatingStore ratings, Transitions transitions, OutcomeAccess access,
            Deadlines deadlines, DetailsAssembler assembler, Recipients recipients, OutcomeProperties properties,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.ratings = ratings;
        this.transitions = transitions;
        this.access = access;
        this.deadlines = deadlines;
        this.assembler = assembler;
        this.recipients = recipients;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * One person's rating of the current reply.
     *
     * @throws DomainException NOT_FOUND for someone who may not see it, FORBIDDEN for someone not
     *     entitled (its departments' accounts included), INVALID without a rating, CONFLICT before
     *     the reply or after the window, and for a second rating in the same round
     */
    @Transactional
    public SatisfactionRating rate(long id, @Nullable Satisfaction rating, @Nullable String comment, Actor actor) {
        // A shared lock: ratings of different people go side by side, but not past a closing window.
        Recommendation recommendation = store.lockShared(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireView(actor, recommendation);
        Handler handler = Handler.of(actor);
        if (!ratings.isRater(id, actor.accountId()) || recommendation.isLead(handler) || recommendation.isCoHandler(handler)) {
            throw DomainException.forbidden("outcome.rating.not-entitled");
        }
        if (rating == null) {
            throw DomainException.invalidField("rating", "outcome.rating.required");
        }
        if (recommendation.status() != RecommendationStatus.REPLIED
                || recommendation.ratingClosesOn() != null && deadlines.today().isAfter(recommendation.ratingClosesOn())) {
            throw DomainException.conflict("outcome.rating.not-open");
        }
        String clean = Text.blankToNull(comment);
        if (clean != null && clean.length() > MAX_COMMENT) {
            throw DomainException.invalidField("comment", "outcome.text.invalid", MAX_COMMENT);
        }
        Instant at = Rows.now(clock);
        if (!ratings.insertRating(id, recommendation.handlingRound(), actor.accountId(), rating, clean, at)) {
            throw DomainException.conflict("outcome.rating.twice");
        }
        events.publishEvent(AuditRecord.of("outcome.rated", actor.accountId(), "recommendation", id)
                .with("round", recommendation.handlingRound()));
        events.publishEvent(new RecommendationRated(id, recommendation.text(), recommendation.handlingRound(), actor.accountId(),
                rating, at));
        return new SatisfactionRating(recommendation.handlingRound(), actor.accountId(), rating, clean, at);
    }

    /** Staff end the rating window early; the rule is applied now. */
    @Transactional
    public RecommendationView closeWindow(long id, Actor actor) {
        Recommendation recommendation = store.lock(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireManager(actor, recommendation);
        close(recommendation, actor.accountId());
        return assembler.view(recommendation);
    }

    /**
     * Closes every window whose working days ran out, each in its own transaction (so that one
     * failure does not hold up the others); for the daily job. Returns how many closed.
     */
    public int closeExpiredWindows() {
        List<Recommendation> expired = store.ratingWindowsClosedBefore(deadlines.today());
        int closed = 0;
        for (Recommendation candidate : expired) {
            Boolean done = transaction.execute(status -> store.lock(candidate.id())
                    .filter(r -> r.status() == RecommendationStatus.REPLIED && r.ratingClosesOn() != null
                            && deadlines.today().isAfter(r.ratingClosesOn()))
                    .map(r -> {
                        close(r, null);
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(done)) {
                closed++;
            }
        }
        return closed;
    }

    /** The recommendations the person is asked to rate now (never those their own department handles). */
    public List<RecommendationView> awaiting(Actor actor) {
        Handler handler = Handler.of(actor);
        return ratings.awaitingRatingBy(actor.accountId()).stream().map(store::find).flatMap(java.util.Optional::stream)
                .filter(r -> !r.isLead(handler) && !r.isCoHandler(handler))
                .filter(r -> r.ratingClosesOn() == null || !deadlines.today().isAfter(r.ratingClosesOn()))
                .map(assembler::view).toList();
    }

    /** What the person said about the replies of a recommendation, one per round; empty when they did not rate. */
    public List<SatisfactionRating> mine(long id, Actor actor) {
        return ratings.ratings(id).stream().filter(r -> r.accountId() == actor.accountId()).toList();
    }

    private void close(Recommendation recommendation, @Nullable Long actorId) {
        int round = recommendation.handlingRound();
        Map<Satisfaction, Integer> counts = ratings.counts(recommendation.id(), round);
        SatisfactionResult result = properties.decide(counts.get(Satisfaction.SATISFIED),
                counts.get(Satisfaction.BASICALLY_SATISFIED), counts.get(Satisfaction.UNSATISFIED));
        var transition = recommendation.closeRating(result, deadlines.rehandlingDue());
        Instant at = transitions.keep(recommendation, transition, actorId);
        ratings.saveRound(recommendation.id(), new RatingRound(round, result, counts.get(Satisfaction.SATISFIED),
                counts.get(Satisfaction.BASICALLY_SATISFIED), counts.get(Satisfaction.UNSATISFIED), actorId, at));
        if (result.sendsBack()) {
            events.publishEvent(new RehandlingStarted(recommendation.id(), recommendation.text(),
                    recommendation.rehandlingRounds(), recipients.lead(recommendation), recommendation.dueOn()));
        }
    }
}
