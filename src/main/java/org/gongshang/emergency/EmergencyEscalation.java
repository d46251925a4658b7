package org.gongshang.emergency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongshang.emergency.internal.Alerts;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.emergency.internal.TimerClaims;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the timer job does with one event, in its own transaction: a target running out warns those
 * in charge at its level; a missed target raises the event one level and tells the people of the new
 * level. Each step of each target happens once (claimed in {@code emergency_timer_claim}), however
 * often and on however many nodes the job runs.
 */
@Service
public class EmergencyEscalation {

    private final EmergencyRepository repository;
    private final Timers timers;
    private final TimerClaims claims;
    private final StepStore steps;
    private final Alerts alerts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyEscalation(EmergencyRepository repository, Timers timers, TimerClaims claims, StepStore steps, Alerts alerts,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.timers = timers;
        this.claims = claims;
        this.steps = steps;
        this.alerts = alerts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The events whose timers may still run: reported or open. */
    public List<Long> activeIds() {
        return jdbc.sql("select id from emergency where status in ('REPORTED', 'OPEN') order by id").query(Long.class).list();
    }

    /** @return how many warnings and escalations went out for the event */
    @Transactional
    public int check(long id) {
        EmergencyAggregate emergency = repository.lock(id).orElse(null);
        if (emergency == null || !emergency.status().isActive()) {
            return 0;
        }
        Instant now = Rows.now(clock);
        int sent = 0;
        // Only reported and open events are checked: the review's timer is shown, not escalated.
        for (Timer timer : timers.of(emergency.view(), now)) {
            if (timer.state() == Timer.State.MISSED && claims.claim(id, timer.target(), TimerClaims.Step.MISSED, now)) {
                emergency = repository.save(emergency.escalated());
                Emergency view = emergency.view();
                steps.add(id, StepKind.ESCALATED, now, null, timer.target().name() + ">" + view.escalation().name(), null);
                alerts.escalated(view, timer.target());
                events.publishEvent(AuditRecord.of("emergency.escalated", null, "emergency", id)
                        .with("target", timer.target()).with("level", view.escalation()));
                sent++;
            } else if (timer.state() == Timer.State.WARNING && claims.claim(id, timer.target(), TimerClaims.Step.WARNING, now)) {
                steps.add(id, StepKind.WARNED, now, null, timer.target().name(), null);
                alerts.runningOut(emergency.view(), timer);
                sent++;
            }
        }
        return sent;
    }
}
