package org.gongshang.emergency;

import java.time.Clock;
import java.time.Instant;

import org.gongshang.emergency.internal.EmergencyInput;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.RatingStore;
import org.gongshang.emergency.internal.ReporterStore;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents who reported an event rate its handling once it is resolved, on the satisfaction
 * scale of outcomes (满意 / 基本满意 / 不满意), once each. Staff and cadres who reported do not rate
 * their own work.
 */
@Service
public class EmergencyRating {

    private final EmergencyRepository repository;
    private final ReporterStore reporters;
    private final RatingStore ratings;
    private final StepStore steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyRating(EmergencyRepository repository, ReporterStore reporters, RatingStore ratings, StepStore steps,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reporters = reporters;
        this.ratings = ratings;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the actor may rate the event now: a resident reporter of a resolved event who has not rated it. */
    public boolean mayRate(Emergency emergency, Actor actor) {
        return isResolved(emergency) && residentReporter(emergency.id(), actor)
                && ratings.of(emergency.id()).stream().noneMatch(rating -> rating.accountId() == actor.accountId());
    }

    /**
     * @throws DomainException NOT_FOUND for someone who is not a reporter, FORBIDDEN for a reporter who
     *     reported in office, CONFLICT before the resolution or for a second rating, INVALID for the comment
     */
    @Transactional
    public Rating rate(long id, @Nullable Satisfaction satisfaction, @Nullable String comment, Actor actor) {
        Emergency emergency = repository.lock(id).map(e -> e.view())
                .orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        if (!reporters.isReporter(id, actor.accountId())) {
            throw DomainException.notFound("emergency.unknown", id);
        }
        if (!residentReporter(id, actor)) {
            throw DomainException.forbidden("emergency.rating.residents-only");
        }
        if (!isResolved(emergency)) {
            throw DomainException.conflict("emergency.rating.not-resolved");
        }
        if (satisfaction == null) {
            throw DomainException.invalidField("satisfaction", "emergency.rating.satisfaction-required");
        }
        EmergencyInput.requireWritable(comment, "comment");
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (said != null && said.length() > Rating.MAX_COMMENT) {
            throw DomainException.invalidField("comment", "emergency.rating.comment", Rating.MAX_COMMENT);
        }
        Instant now = Rows.now(clock);
        if (!ratings.add(id, actor.accountId(), satisfaction, said, now)) {
            throw DomainException.conflict("emergency.rating.once");
        }
        steps.add(id, StepKind.RATED, now, null, satisfaction.name(), null);
        events.publishEvent(AuditRecord.of("emergency.rated", actor.accountId(), "emergency", id)
                .with("satisfaction", satisfaction));
        return new Rating(actor.accountId(), satisfaction, said, now);
    }

    private boolean residentReporter(long id, Actor actor) {
        return reporters.of(id).stream()
                .anyMatch(reporter -> reporter.accountId() == actor.accountId() && reporter.role() == Role.RESIDENT);
    }

    private static boolean isResolved(Emergency emergency) {
        return emergency.status() == EmergencyStatus.RESOLVED || emergency.status() == EmergencyStatus.REVIEWED;
    }
}
