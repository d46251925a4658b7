package org.gongshang.outcome.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.HandlingReminderDue;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.SupervisionEscalated;
import org.gongshang.shared.AuditRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily supervision job's work: reminds lead departments at the configured working-day offsets
 * from their deadline, reminds them to sign for what they have not signed in time, and raises the
 * supervision of overdue items (office on the first overdue reminder, leader after the configured
 * working days).
 *
 * <p>Each step is claimed by a row keyed by (recommendation, deadline round, step) in the same
 * transaction as its message, so it goes out exactly once: when the job runs twice, on two nodes,
 * or again after a restart. When the job did not run for a while, only the latest step reached is
 * sent: a department that is already overdue need not hear that its deadline is near.
 */
@Component("outcomeSupervisionReminders")
public class SupervisionReminders {

    static final String SIGN_STEP = "SIGN";

    private final RecommendationStore store;
    private final SupervisionStore supervision;
    private final Recipients recipients;
    private final Deadlines deadlines;
    private final OutcomeProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SupervisionReminders(RecommendationStore store, SupervisionStore supervision, Recipients recipients, Deadlines deadlines,
            OutcomeProperties properties, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.supervision = supervision;
        this.recipients = recipients;
        this.deadlines = deadlines;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Sends what is due today; returns the number of reminders sent. Each recommendation has its own transaction. */
    public int run() {
        LocalDate today = deadlines.today();
        int earliest = properties.reminderOffsets().isEmpty() ? 0 : properties.reminderOffsets().getFirst();
        // Everything whose first reminder may have come: due within |earliest| working days, or past due.
        LocalDate horizon = earliest < 0 ? deadlines.extendedDue(today, -earliest) : today;
        int sent = 0;
        for (Recommendation candidate : store.needingReminders(horizon, today)) {
            Integer count = transaction.execute(status -> store.lock(candidate.id()).map(r -> remind(r, today)).orElse(0));
            sent += count == null ? 0 : count;
        }
        return sent;
    }

    private int remind(Recommendation recommendation, LocalDate today) {
        if (!recommendation.status().isBeingHandled() || recommendation.dueOn() == null) {
            return 0;
        }
        int sent = 0;
        if (recommendation.isSigningLate(today)
                && supervision.claimReminder(recommendation.id(), recommendation.deadlineRound(), SIGN_STEP, Rows.now(clock))) {
            events.publishEvent(new HandlingReminderDue(recommendation.id(), recommendation.text(), true,
                    -deadlines.workingDaysLeft(recommendation.assignment().signDueOn()), recommendation.assignment().signDueOn(),
                    recipients.lead(recommendation)));
            sent++;
        }
        // Working days past the deadline: negative before it, 0 on the day, positive once overdue.
        int offset = -deadlines.workingDaysLeft(recommendation.dueOn());
        Optional<Integer> step = properties.reminderOffsets().stream().filter(o -> o <= offset).reduce((a, b) -> b);
        if (step.isPresent() && supervision.claimReminder(recommendation.id(), recommendation.deadlineRound(),
                stepName(step.get()), Rows.now(clock))) {
            List<Long> to = new ArrayList<>(recipients.lead(recommendation));
            if (step.get() > 0) {
                to.addAll(recipients.staff(recommendation));
            }
            events.publishEvent(new HandlingReminderDue(recommendation.id(), recommendation.text(), false, step.get(),
                    recommendation.dueOn(), to.stream().distinct().toList()));
            sent++;
        }
        if (offset > 0) {
            escalate(recommendation, offset >= properties.leaderEscalationWorkingDays() ? EscalationLevel.LEADER
                    : EscalationLevel.OFFICE);
        }
        return sent;
    }

    /** Raises the level when it is lower; a re-handling keeps the level it had. */
    private void escalate(Recommendation recommendation, EscalationLevel level) {
        if (!recommendation.escalation().isBelow(level)) {
            return;
        }
        recommendation.escalate(level);
        store.save(recommendation, Rows.now(clock));
        events.publishEvent(AuditRecord.of("outcome.escalated", null, "recommendation", recommendation.id())
                .with("level", level).with("automatic", true));
        List<Long> to = new ArrayList<>(recipients.lead(recommendation));
        if (level == EscalationLevel.LEADER) {
            to.addAll(recipients.staff(recommendation));
        }
        events.publishEvent(new SupervisionEscalated(recommendation.id(), recommendation.text(), level, "",
                to.stream().distinct().toList()));
    }

    static String stepName(int offset) {
        return offset < 0 ? "D" + offset : "D+" + offset;
    }
}
