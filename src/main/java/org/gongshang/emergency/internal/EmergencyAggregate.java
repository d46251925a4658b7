package org.gongshang.emergency.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.gongshang.emergency.Emergency;
import org.gongshang.emergency.EmergencyCategory;
import org.gongshang.emergency.EmergencyStatus;
import org.gongshang.emergency.EscalationLevel;
import org.gongshang.emergency.Milestones;
import org.gongshang.emergency.NewEmergency;
import org.gongshang.emergency.Place;
import org.gongshang.emergency.Resolution;
import org.gongshang.emergency.Review;
import org.gongshang.emergency.ReviewOutcome;
import org.gongshang.emergency.Severity;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An emergency as it is kept. Each act checks its rule — the status table of {@link EmergencyStatus}
 * and the facts the act needs — and returns the new state; {@link EmergencyRepository} stores it.
 */
@Table("emergency")
public record EmergencyAggregate(@Id @Nullable Long id, String title, String description, EmergencyCategory category,
        Severity severity, EmergencyStatus status, @Embedded.Empty Place place, Instant occurredAt,
        @Nullable Integer peopleAffected, long reportedBy, @Embedded.Empty Milestones times, EscalationLevel escalation,
        @Nullable Long confirmedBy, @Nullable String declineReason, @Nullable Long mergedInto,
        @Nullable Long consultationId, @Nullable Long deliberationId,
        @Embedded.Nullable(prefix = "resolution_") @Nullable Resolution resolution,
        @Embedded.Nullable(prefix = "review_") @Nullable Review review, @Nullable Long topicId,
        @Version @Nullable Long version) {

    static final int MAX_DECLINE_REASON = 500;
    /** A phone's clock may run a little ahead of the server's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /** Older than this is no emergency any more: report it as a topic. */
    static final Duration OLDEST = Duration.ofDays(30);

    /**
     * The problems of a report's own fields, all at once; the place is the use case's to find.
     *
     * @return empty when the report is well-formed
     */
    public static List<FieldProblem> problemsOf(NewEmergency report, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = report.title();
        if (title == null || title.length() < Emergency.MIN_TITLE || title.length() > Emergency.MAX_TITLE) {
            problems.add(new FieldProblem("title", "emergency.title.invalid", Emergency.MIN_TITLE, Emergency.MAX_TITLE));
        }
        String description = report.description();
        if (description == null || description.length() > Emergency.MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "emergency.description.invalid", Emergency.MAX_DESCRIPTION));
        }
        if (report.category() == null) {
            problems.add(new FieldProblem("category", "emergency.category.required"));
        }
        if (report.severity() == null) {
            problems.add(new FieldProblem("severity", "emergency.severity.required"));
        }
        if (report.address() != null && report.address().length() > Place.MAX_ADDRESS) {
            problems.add(new FieldProblem("address", "emergency.address.too-long", Place.MAX_ADDRESS));
        }
        Instant occurred = report.occurredAt();
        if (occurred != null && (occurred.isAfter(now.plus(CLOCK_SKEW)) || occurred.isBefore(now.minus(OLDEST)))) {
            problems.add(new FieldProblem("occurredAt", "emergency.occurred-at.invalid", OLDEST.toDays()));
        }
        Integer people = report.peopleAffected();
        if (people != null && (people < 0 || people > Emergency.MAX_PEOPLE_AFFECTED)) {
            problems.add(new FieldProblem("peopleAffected", "emergency.people-affected.invalid", Emergency.MAX_PEOPLE_AFFECTED));
        }
        EmergencyInput.pointProblem(report.latitude(), report.longitude(), problems);
        for (var field : new String[][] {{"title", title}, {"description", description}, {"address", report.address()}}) {
            if (!EmergencyInput.writable(field[1])) {
                problems.add(new FieldProblem(field[0], "emergency.text.control-characters"));
            }
        }
        return problems;
    }

    /**
     * A new event at a place already checked: waiting for confirmation (a resident's report), or
     * confirmed at once (everyone else's).
     *
     * @throws DomainException INVALID with a problem per field
     */
    public static EmergencyAggregate report(NewEmergency report, Place place, long reporter, boolean confirmedAtOnce,
            Instant now) {
        List<FieldProblem> problems = problemsOf(report, now);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        Instant occurred = report.occurredAt() == null || report.occurredAt().isAfter(now) ? now : report.occurredAt();
        Milestones times = Milestones.reported(now);
        return new EmergencyAggregate(null, report.title(), report.description(), report.category(), report.severity(),
                confirmedAtOnce ? EmergencyStatus.OPEN : EmergencyStatus.REPORTED, place, occurred, report.peopleAffected(),
                reporter, confirmedAtOnce ? times.confirmed(now) : times, EscalationLevel.COMMUNITY,
                confirmedAtOnce ? reporter : null, null, null, null, null, null, null, null, null);
    }

    /** A cadre confirms a resident's report, grading it anew when they see it otherwise. */
    public EmergencyAggregate confirm(@Nullable Severity regraded, long cadre, Instant now) {
        moveTo(EmergencyStatus.OPEN);
        return change(d -> {
            d.status = EmergencyStatus.OPEN;
            d.severity = regraded == null ? severity : regraded;
            d.times = times.confirmed(now);
            d.confirmedBy = cadre;
        });
    }

    /** Not an emergency (a false alarm, a private matter): the reporter is told why. */
    public EmergencyAggregate decline(@Nullable String reason, long cadre) {
        moveTo(EmergencyStatus.DECLINED);
        String why = EmergencyInput.requiredText(reason, MAX_DECLINE_REASON, "reason", "emergency.decline.reason");
        return change(d -> {
            d.status = EmergencyStatus.DECLINED;
            d.declineReason = why;
            d.confirmedBy = cadre;
        });
    }

    /** The same event as {@code survivor}, which carries on with this one's reporters. */
    public EmergencyAggregate mergeInto(EmergencyAggregate survivor) {
        if (survivor.id == null || survivor.id.equals(id)) {
            throw DomainException.invalidField("intoId", "emergency.merge.self");
        }
        if (!survivor.status.isActive()) {
            throw DomainException.conflict("emergency.merge.survivor-closed", survivor.title);
        }
        moveTo(EmergencyStatus.MERGED);
        return change(d -> {
            d.status = EmergencyStatus.MERGED;
            d.mergedInto = survivor.id;
        });
    }

    /** Someone responsible is on it: the first response counts for the target, later ones are only noted. */
    public EmergencyAggregate respond(Instant now) {
        requireOpen("emergency.respond.not-open");
        return change(d -> d.times = times.responded(now));
    }

    /** One rapid consultation per event, opened while it is being handled. */
    public EmergencyAggregate consulted(long consultation, @Nullable Long deliberation, Instant now) {
        requireOpen("emergency.consultation.not-open");
        if (consultationId != null) {
            throw DomainException.conflict("emergency.consultation.exists", consultationId);
        }
        return change(d -> {
            d.consultationId = consultation;
            d.deliberationId = deliberation;
            d.times = times.consulted(now);
        });
    }

    /** What was done, by whom, when: not later than now and not before the event. */
    public EmergencyAggregate resolve(Resolution done, Instant now) {
        moveTo(EmergencyStatus.RESOLVED);
        List<FieldProblem> problems = new ArrayList<>();
        if (!EmergencyInput.writable(done.summary()) || !EmergencyInput.writable(done.handledBy())) {
            problems.add(new FieldProblem(EmergencyInput.writable(done.summary()) ? "handledBy" : "summary", "emergency.text.control-characters"));
        }
        if (done.summary().isBlank() || done.summary().length() > Resolution.MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "emergency.resolution.summary", Resolution.MAX_SUMMARY));
        }
        if (done.handledBy().isBlank() || done.handledBy().length() > Resolution.MAX_HANDLED_BY) {
            problems.add(new FieldProblem("handledBy", "emergency.resolution.handled-by", Resolution.MAX_HANDLED_BY));
        }
        if (done.doneAt().isAfter(now.plus(CLOCK_SKEW)) || done.doneAt().isBefore(occurredAt)) {
            problems.add(new FieldProblem("doneAt", "emergency.resolution.done-at"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return change(d -> {
            d.status = EmergencyStatus.RESOLVED;
            d.resolution = new Resolution(done.summary().strip(), done.handledBy().strip(), done.doneAt(), done.recordedBy());
            d.times = times.resolved(now);
        });
    }

    /**
     * The review after the resolution: a one-off needs its reason; a topic needs the topic made for
     * it (or one it is already part of, from a recurrence).
     */
    public EmergencyAggregate review(ReviewOutcome outcome, @Nullable String reason, @Nullable Long topic, long reviewer,
            Instant now) {
        moveTo(EmergencyStatus.REVIEWED);
        EmergencyInput.requireWritable(reason, "reason");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > Review.MAX_REASON) {
            throw DomainException.invalidField("reason", "emergency.review.reason", Review.MAX_REASON);
        }
        if (outcome == ReviewOutcome.ONE_OFF && why == null) {
            throw DomainException.invalidField("reason", "emergency.review.reason", Review.MAX_REASON);
        }
        if (outcome == ReviewOutcome.TOPIC && topic == null) {
            throw DomainException.invalidField("outcome", "emergency.review.topic-missing");
        }
        return change(d -> {
            d.status = EmergencyStatus.REVIEWED;
            d.review = new Review(outcome, why, reviewer);
            d.times = times.reviewed(now);
            if (topic != null) {
                d.topicId = topic;
            }
        });
    }

    /** Part of a regular topic made from recurring events; an event keeps the first topic it joined. */
    public EmergencyAggregate partOfTopic(long topic) {
        return topicId != null ? this : change(d -> d.topicId = topic);
    }

    /** A missed target raises the level by one; at the city it stays. */
    public EmergencyAggregate escalated() {
        return escalation.above().map(level -> change(d -> d.escalation = level)).orElse(this);
    }

    public long requiredId() {
        if (id == null) {
            throw new IllegalStateException("not stored yet");
        }
        return id;
    }

    public Emergency view() {
        return new Emergency(requiredId(), title, description, category, severity, status, place, occurredAt, peopleAffected,
                reportedBy, times, escalation, confirmedBy, declineReason, mergedInto, consultationId, deliberationId,
                resolution, review, topicId);
    }

    private void requireOpen(String messageKey) {
        if (status != EmergencyStatus.OPEN) {
            throw DomainException.conflict(messageKey, status);
        }
    }

    private void moveTo(EmergencyStatus target) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("emergency.status.not-allowed", status, target);
        }
    }

    private EmergencyAggregate change(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** The fields an act may change, so that each act names only what it changes. */
    private static final class Draft {

        private final EmergencyAggregate from;
        Severity severity;
        EmergencyStatus status;
        Milestones times;
        EscalationLevel escalation;
        @Nullable Long confirmedBy;
        @Nullable String declineReason;
        @Nullable Long mergedInto;
        @Nullable Long consultationId;
        @Nullable Long deliberationId;
        @Nullable Resolution resolution;
        @Nullable Review review;
        @Nullable Long topicId;

        Draft(EmergencyAggregate from) {
            this.from = from;
            severity = from.severity;
            status = from.status;
            times = from.times;
            escalation = from.escalation;
            confirmedBy = from.confirmedBy;
            declineReason = from.declineReason;
            mergedInto = from.mergedInto;
            consultationId = from.consultationId;
            deliberationId = from.deliberationId;
            resolution = from.resolution;
            review = from.review;
            topicId = from.topicId;
        }

        EmergencyAggregate build() {
            return new EmergencyAggregate(from.id, from.title, from.description, from.category, severity, status, from.place,
                    from.occurredAt, from.peopleAffected, from.reportedBy, times, escalation, confirmedBy, declineReason,
                    mergedInto, consultationId, deliberationId, resolution, review, topicId, from.version);
        }
    }
}
