package org.gongshang.emergency;

import java.time.Clock;
import java.time.Instant;

import org.gongshang.emergency.internal.Alerts;
import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EmergencyTexts;
import org.gongshang.emergency.internal.ReporterStore;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's cadres (or staff, or the township's office) deal with a resident's report:
 * confirm it — then everyone responsible is told — decline it with a reason, or merge it into the
 * same event reported before. Any active event can be merged into another.
 */
@Service
public class EmergencyTriage {

    private final EmergencyRepository repository;
    private final ReporterStore reporters;
    private final StepStore steps;
    private final EmergencyAccess access;
    private final Alerts alerts;
    private final EmergencyTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyTriage(EmergencyRepository repository, ReporterStore reporters, StepStore steps, EmergencyAccess access,
            Alerts alerts, EmergencyTexts texts, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reporters = reporters;
        this.steps = steps;
        this.access = access;
        this.alerts = alerts;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** @param regraded the severity as the cadre sees it, or null to keep the reporter's */
    @Transactional
    public Emergency confirm(long id, @Nullable Severity regraded, Actor actor) {
        EmergencyAggregate emergency = handled(id, actor);
        Instant now = Rows.now(clock);
        EmergencyAggregate confirmed = repository.save(emergency.confirm(regraded, actor.accountId(), now));
        Emergency view = confirmed.view();
        steps.add(id, StepKind.CONFIRMED, now, actor.accountId(),
                regraded == null || regraded == emergency.severity() ? null : regraded.name(), null);
        int told = alerts.confirmed(view, actor.accountId());
        steps.add(id, StepKind.NOTIFIED, now, null, String.valueOf(told), null);
        texts.index(confirmed);
        events.publishEvent(new EmergencyConfirmed(id, view.title(), view.severity(), view.place().communityCode(), now));
        events.publishEvent(AuditRecord.of("emergency.confirmed", actor.accountId(), "emergency", id)
                .with("severity", view.severity()));
        return view;
    }

    @Transactional
    public Emergency decline(long id, @Nullable String reason, Actor actor) {
        EmergencyAggregate emergency = handled(id, actor);
        EmergencyAggregate declined = repository.save(emergency.decline(reason, actor.accountId()));
        Emergency view = declined.view();
        steps.add(id, StepKind.DECLINED, Rows.now(clock), actor.accountId(), view.declineReason(), null);
        alerts.declined(view, reporters.of(id).stream().map(ReporterStore.Reporter::accountId).toList());
        texts.index(declined);
        events.publishEvent(AuditRecord.of("emergency.declined", actor.accountId(), "emergency", id)
                .with("reason", view.declineReason()));
        return view;
    }

    /**
     * The event is the same as {@code intoId}, which carries on with both events' reporters. The
     * actor must handle both; the two rows are locked in id order, so two merges never wait on each other.
     *
     * @return the surviving event
     */
    @Transactional
    public Emergency merge(long id, long intoId, Actor actor) {
        EmergencyAggregate first = lock(Math.min(id, intoId));
        EmergencyAggregate second = id == intoId ? first : lock(Math.max(id, intoId));
        EmergencyAggregate merged = id <= intoId ? first : second;
        EmergencyAggregate survivor = id <= intoId ? second : first;
        access.requireHandler(actor, merged.view());
        access.requireHandler(actor, survivor.view());
        EmergencyAggregate saved = repository.save(merged.mergeInto(survivor));
        reporters.moveAll(id, intoId);
        Instant now = Rows.now(clock);
        steps.add(id, StepKind.MERGED, now, actor.accountId(), survivor.title(), intoId);
        steps.add(intoId, StepKind.ABSORBED, now, actor.accountId(), merged.title(), id);
        texts.index(saved);
        events.publishEvent(AuditRecord.of("emergency.merged", actor.accountId(), "emergency", id).with("into", intoId));
        return survivor.view();
    }

    private EmergencyAggregate handled(long id, Actor actor) {
        EmergencyAggregate emergency = lock(id);
        access.requireHandler(actor, emergency.view());
        return emergency;
    }

    private EmergencyAggregate lock(long id) {
        return repository.lock(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
    }
}
