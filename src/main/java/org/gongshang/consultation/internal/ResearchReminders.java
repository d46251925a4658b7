package org.gongshang.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.consultation.Preparation;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminds the assignees of overdue research tasks every working morning, as a job of the persistent
 * scheduler (db-scheduler): it runs on one node at a time. A run repeated on the same day finds
 * nothing to send, because {@link Preparation#remindOverdue()} claims each task for the day in the database.
 */
@Configuration(proxyBeanMethods = false)
class ResearchReminders {

    @Bean
    RecurringTask<Void> researchTaskReminders(Preparation preparation, WorkingDayCalendar calendar, Clock clock) {
        return Tasks.recurring("consultation-research-reminders", Schedules.daily(Zones.platform(), LocalTime.of(8, 30)))
                .execute((instance, context) -> {
                    if (calendar.isWorkingDay(LocalDate.now(clock.withZone(Zones.platform())))) {
                        preparation.remindOverdue();
                    }
                });
    }
}
