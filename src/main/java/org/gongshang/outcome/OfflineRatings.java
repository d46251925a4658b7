package org.gongshang.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.outcome.internal.Deadlines;
import org.gongshang.outcome.internal.OfflineRatingStore;
import org.gongshang.outcome.internal.OutcomeAccess;
import org.gongshang.outcome.internal.RecommendationStore;
import org.gongshang.outcome.internal.Rows;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.image.ImageSanitizer;
import org.gongshang.shared.image.SanitizedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction collected offline (线下满意度测评): at a return visit or a forum people who do not rate
 * online say how satisfied they are, one by one or by a show of hands, and staff of the
 * recommendation's region enter it on their behalf (代录) while the round's window is open, with the
 * occasion and the evidence. The rule that closes the round counts these with the online ratings.
 */
@Service
public class OfflineRatings {

    private final RecommendationStore store;
    private final OfflineRatingStore offline;
    private final OutcomeAccess access;
    private final Deadlines deadlines;
    private final ImageSanitizer sanitizer;
    private final OutcomeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfflineRatings(RecommendationStore store, OfflineRatingStore offline, OutcomeAccess access, Deadlines deadlines,
            ImageSanitizer sanitizer, OutcomeProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.offline = offline;
        this.access = access;
        this.deadlines = deadlines;
        this.sanitizer = sanitizer;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enters what was collected, in the current round.
     *
     * @param photo the evidence's picture (JPEG or PNG, re-encoded without metadata), or null
     * @throws DomainException NOT_FOUND for those who may not see the recommendation, FORBIDDEN for
     *     those who see it but are not staff of its region, CONFLICT unless its rating window is open,
     *     INVALID with the entry's problems or a photo that is not a picture within the limits
     */
    @Transactional
    public OfflineRating enter(long id, OfflineRatingEntry entry, byte @Nullable [] photo, Actor actor) {
        // Shared, as for a rating online: entries go side by side, but not past a closing window.
        Recommendation recommendation = store.lockShared(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
        access.requireManager(actor, recommendation);
        if (recommendation.status() != RecommendationStatus.REPLIED) {
            throw DomainException.conflict("outcome.rating.not-open");
        }
        entry.check(deadlines.today());
        SanitizedImage picture = photo == null || photo.length == 0 ? null
                : sanitizer.sanitize(photo, properties.attachmentMaxSize().toBytes(), "outcome.offline.photo", "photo");
        Instant at = Rows.now(clock);
        int round = recommendation.handlingRound();
        long offlineId = offline.insert(id, round, entry, picture, actor.accountId(), at);
        events.publishEvent(AuditRecord.of("outcome.offline-rated", actor.accountId(), "recommendation", id)
                .with("round", round).with("occasion", entry.occasion()).with("satisfied", entry.satisfied())
                .with("basically", entry.basicallySatisfied()).with("unsatisfied", entry.unsatisfied())
                .with("named", entry.respondentName() != null).with("offline", offlineId));
        return offline.of(id).stream().filter(r -> r.id() == offlineId).findFirst().orElseThrow();
    }

    /**
     * What was entered for the recommendation, every round; for those who may see it. The names of
     * people who rated in person are for staff of its region only: a public recommendation's page must
     * not say how a neighbour rated.
     */
    public List<OfflineRating> of(long id, @Nullable Actor actor) {
        Recommendation recommendation = find(id);
        access.requireView(actor, recommendation);
        if (actor != null && access.mayManage(actor, recommendation)) {
            return offline.of(id);
        }
        return offline.of(id).stream().map(r -> new OfflineRating(r.id(), r.recommendationId(), r.handlingRound(), r.occasion(),
                r.heldOn(), r.place(), null, r.satisfied(), r.basicallySatisfied(), r.unsatisfied(), r.note(), r.hasPhoto(),
                r.enteredBy(), r.enteredAt())).toList();
    }

    /**
     * The evidence's photo, for staff of the region (people at a forum are in it).
     *
     * @throws DomainException NOT_FOUND for those who may not see the recommendation, or without a photo;
     *     FORBIDDEN for others who see it
     */
    public SanitizedImage photo(long id, long offlineId, Actor actor) {
        access.requireManager(actor, find(id));
        return offline.photo(id, offlineId).orElseThrow(() -> DomainException.notFound("outcome.offline.unknown", offlineId));
    }

    private Recommendation find(long id) {
        return store.find(id).orElseThrow(() -> DomainException.notFound("outcome.unknown", id));
    }
}
