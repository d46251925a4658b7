package org.gongshang.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.notification.Inbox;
import org.gongshang.notification.MessageKind;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.Handling;
import org.gongshang.outcome.HandlingReminderDue;
import org.gongshang.outcome.NewRecommendation;
import org.gongshang.outcome.OutcomeEventLog;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.Supervision;
import org.gongshang.outcome.SupervisionBoard;
import org.gongshang.outcome.Transfer;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision reminders (督办提醒) over the database: each step of a deadline goes out exactly once,
 * when the job runs twice, and when it runs again in a new instance (as after a restart), since the
 * step is claimed by a row in the same transaction as the message; overdue items appear in the
 * supervision lists and are escalated from the office to the leader. The daily job is a persistent
 * db-scheduler task.
 */
@GongshangTest
class SupervisionRemindersTests {

    @Autowired Recommendations recommendations;
    @Autowired Handling handling;
    @Autowired Supervision supervision;
    @Autowired org.gongshang.outcome.SatisfactionRatings satisfaction;
    @Autowired RatingStore ratings;
    @Autowired SupervisionReminders reminders;
    @Autowired OutcomeEventLog events;
    @Autowired Inbox inbox;
    @Autowired People people;
    @Autowired Actors actors;
    @Autowired Organizations organizations;
    @Autowired MutableClock clock;
    @Autowired Scheduler scheduler;
    @Autowired @Qualifier("outcomeDailySupervision") RecurringTask<Void> dailyJob;

    // What a restarted node builds its reminder service from: the same database, nothing in memory.
    @Autowired RecommendationStore store;
    @Autowired SupervisionStore supervisionStore;
    @Autowired Recipients recipients;
    @Autowired Deadlines deadlines;
    @Autowired OutcomeProperties properties;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transaction;

    Person staff;
    Person lead;

    @BeforeEach
    void people() {
        staff = people.withRole(Role.STAFF, "通川区政协");
        lead = people.withRole(Role.DEPARTMENT, "市住房和城乡建设局");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Monday 2 November 2026: transferred with 3 working days, due on Thursday 5 November. */
    long transferredAndAccepted() {
        setToday(LocalDate.of(2026, 11, 2));
        Actor actor = actors.of(staff.id());
        long id = recommendations.create(new NewRecommendation("为老旧小区楼道加装扶手，方便老人上下楼。", null, null, "511702",
                RecommendationSource.MEMBER_SUGGESTION, true), actor).id();
        recommendations.signOff(id, actor);
        RecommendationView view = recommendations.transfer(id, new Transfer(housing(), List.of(), 3), actor);
        assertThat(view.dueDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        handling.accept(id, actors.of(lead.id()));
        return id;
    }

    @Test
    void eachReminderStepGoesOutOnceAlsoWhenTheJobRunsAgainOrOnARestartedNode() {
        long id = transferredAndAccepted();

        reminders.run();
        assertThat(steps(id)).as("three working days before the deadline").containsExactly(-3);
        reminders.run();
        restarted().run();
        assertThat(steps(id)).containsExactly(-3);

        setToday(LocalDate.of(2026, 11, 4));
        reminders.run();
        assertThat(steps(id)).as("no step between -3 and +1").containsExactly(-3);

        setToday(LocalDate.of(2026, 11, 6));
        reminders.run();
        restarted().run();
        reminders.run();
        assertThat(steps(id)).containsExactly(-3, 1);
        HandlingReminderDue overdue = events.reminders(id).getLast();
        assertThat(overdue.isOverdue()).isTrue();
        assertThat(overdue.recipientAccountIds()).contains(lead.id(), staff.id());
        assertThat(supervisionStore.reminders(id)).extracting(SupervisionStore.SentReminder::step).containsExactlyInAnyOrder("D-3", "D+1");
        assertThat(recommendations.find(id).orElseThrow().escalation()).isEqualTo(EscalationLevel.OFFICE);

        setToday(LocalDate.of(2026, 11, 12));
        restarted().run();
        reminders.run();
        assertThat(steps(id)).containsExactly(-3, 1, 5);
        assertThat(recommendations.find(id).orElseThrow().escalation()).isEqualTo(EscalationLevel.OFFICE);

        setToday(LocalDate.of(2026, 11, 19));
        reminders.run();
        assertThat(steps(id)).as("no more steps after +5").containsExactly(-3, 1, 5);
        assertThat(recommendations.find(id).orElseThrow().escalation()).as("ten working days overdue").isEqualTo(EscalationLevel.LEADER);

        await().atMost(Duration.ofSeconds(15)).until(() -> inboxOf(lead, id) >= 5);
        assertThat(inboxOf(lead, id)).as("three reminders, two escalations").isEqualTo(5);
    }

    @Test
    void aRehandlingDeadlineStartsItsStepsAfresh() {
        long id = transferredAndAccepted();
        setToday(LocalDate.of(2026, 11, 6));
        reminders.run();
        assertThat(steps(id)).containsExactly(1);

        Person rater = people.resident();
        ratings.addRaters(id, List.of(rater.id()), RatingStore.RaterReason.SUPPORTER);
        handling.reply(id, "B", "已列入计划。", actors.of(lead.id()));
        satisfaction.rate(id, org.gongshang.outcome.Satisfaction.UNSATISFIED, null, actors.of(rater.id()));
        RecommendationView back = satisfaction.closeWindow(id, actors.of(staff.id()));
        assertThat(back.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));

        setToday(LocalDate.of(2026, 12, 8));
        reminders.run();
        restarted().run();
        assertThat(steps(id)).as("the new deadline's first overdue step").containsExactly(1, 1);
        assertThat(supervisionStore.reminders(id)).extracting(SupervisionStore.SentReminder::deadlineRound).doesNotHaveDuplicates();
    }

    @Test
    void aRecommendationNotSignedForInTimeGetsOneSigningReminder() {
        setToday(LocalDate.of(2026, 11, 2));
        Actor actor = actors.of(staff.id());
        long id = recommendations.create(new NewRecommendation("社区卫生服务站延长晚间门诊时间。", null, null, "511702",
                RecommendationSource.OTHER, true), actor).id();
        recommendations.signOff(id, actor);
        RecommendationView view = recommendations.transfer(id, new Transfer(housing(), List.of(), 40), actor);
        assertThat(view.signDueOn()).isEqualTo(LocalDate.of(2026, 11, 5));

        setToday(LocalDate.of(2026, 11, 6));
        reminders.run();
        reminders.run();
        restarted().run();
        assertThat(events.reminders(id)).singleElement().satisfies(reminder -> {
            assertThat(reminder.signing()).isTrue();
            assertThat(reminder.dueOn()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(reminder.recipientAccountIds()).contains(lead.id());
        });
        SupervisionBoard board = supervision.board("511702", housing(), actor);
        assertThat(board.signingLate()).extracting(RecommendationView::id).contains(id);
    }

    @Test
    void anOverdueRecommendationIsOnTheSupervisionListsOfItsRegionAndDepartment() {
        long id = transferredAndAccepted();
        setToday(LocalDate.of(2026, 11, 4));
        SupervisionBoard near = supervision.board("511702", null, actors.of(staff.id()));
        assertThat(near.nearDue()).extracting(RecommendationView::id).contains(id);
        assertThat(near.overdue()).extracting(RecommendationView::id).doesNotContain(id);

        setToday(LocalDate.of(2026, 11, 10));
        SupervisionBoard board = supervision.board("511702", housing(), actors.of(staff.id()));
        RecommendationView late = board.overdue().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(late.overdueWorkingDays()).isEqualTo(3);
        assertThat(board.byDepartment()).anySatisfy(count -> {
            assertThat(count.name()).isEqualTo("市住房和城乡建设局");
            assertThat(count.overdue()).isPositive();
        });
        assertThat(board.byRegion()).anySatisfy(count -> assertThat(count.name()).isEqualTo("通川区"));
        assertThat(recommendations.list(new org.gongshang.outcome.RecommendationQuery(
                org.gongshang.outcome.RecommendationQuery.Scope.REGION, null, housing(), null, null, true, 0, 200),
                actors.of(staff.id())).items()).extracting(RecommendationView::id).contains(id);
    }

    @Test
    void theDailyJobIsAPersistentTaskAndRunningItTwiceSendsNothingTwice() {
        await().atMost(Duration.ofSeconds(20)).until(() -> scheduler.getScheduledExecution(
                TaskInstanceId.of("outcome-daily-supervision", RecurringTask.INSTANCE)).isPresent());
        long id = transferredAndAccepted();
        setToday(LocalDate.of(2026, 11, 6));
        dailyJob.execute(dailyJob.instance(RecurringTask.INSTANCE), null);
        dailyJob.execute(dailyJob.instance(RecurringTask.INSTANCE), null);
        assertThat(steps(id)).as("only the latest step reached").containsExactly(1);
    }

    @Test
    void theDailyJobAppliesTheRuleWhenARatingWindowRunsOut() {
        long id = transferredAndAccepted();
        Person rater = people.resident();
        ratings.addRaters(id, List.of(rater.id()), RatingStore.RaterReason.SUPPORTER);
        RecommendationView replied = handling.reply(id, "C", "暂不具备条件，留作参考。", actors.of(lead.id()));
        assertThat(replied.ratingClosesOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        satisfaction.rate(id, org.gongshang.outcome.Satisfaction.UNSATISFIED, null, actors.of(rater.id()));

        setToday(LocalDate.of(2026, 11, 16));
        dailyJob.execute(dailyJob.instance(RecurringTask.INSTANCE), null);
        assertThat(recommendations.find(id).orElseThrow().status()).as("the last day of the window").isEqualTo(
                org.gongshang.outcome.RecommendationStatus.REPLIED);

        setToday(LocalDate.of(2026, 11, 17));
        dailyJob.execute(dailyJob.instance(RecurringTask.INSTANCE), null);
        dailyJob.execute(dailyJob.instance(RecurringTask.INSTANCE), null);
        RecommendationView sentBack = recommendations.find(id).orElseThrow();
        assertThat(sentBack.status()).isEqualTo(org.gongshang.outcome.RecommendationStatus.REHANDLING);
        assertThat(sentBack.result()).isEqualTo(org.gongshang.outcome.SatisfactionResult.UNSATISFIED);
        assertThat(sentBack.rehandlingRounds()).as("once, however often the job runs").isEqualTo(1);
        assertThat(events.stream(org.gongshang.outcome.RehandlingStarted.class).filter(e -> e.recommendationId() == id)).hasSize(1);
    }

    private SupervisionReminders restarted() {
        return new SupervisionReminders(store, supervisionStore, recipients, deadlines, properties, publisher, transaction, clock);
    }

    private List<Integer> steps(long id) {
        return events.reminders(id).stream().filter(r -> !r.signing()).map(HandlingReminderDue::offset).toList();
    }

    /** Supervision messages about this recommendation: the department's account hears of its others too. */
    private long inboxOf(Person person, long id) {
        return inbox.page(person.id(), 0, 100).items().stream()
                .filter(m -> m.kind() == MessageKind.SUPERVISION && ("/recommendations/" + id + "/handling").equals(m.link())).count();
    }

    private long housing() {
        return organizations.list(null, null).stream().filter(o -> o.name().equals("市住房和城乡建设局")).findFirst().orElseThrow().id();
    }

    private void setToday(LocalDate day) {
        Instant target = ZonedDateTime.of(day, LocalTime.of(10, 0), Zones.platform()).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }
}
