package org.gongshang.outcome.internal;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.SatisfactionRatings;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily outcome job in the persistent scheduler (db-scheduler): it runs on one node at a time,
 * whichever picks it, and a run missed while every node was down is made up when one starts. On
 * working days it sends supervision reminders; every day it closes rating windows that ran out.
 */
@Configuration(proxyBeanMethods = false)
class OutcomeSchedule {

    private static final Logger log = LoggerFactory.getLogger(OutcomeSchedule.class);

    @Bean
    RecurringTask<Void> outcomeDailySupervision(SupervisionReminders reminders, SatisfactionRatings ratings,
            WorkingDayCalendar calendar, OutcomeProperties properties, Clock clock) {
        return Tasks.recurring("outcome-daily-supervision", Schedules.daily(Zones.platform(), properties.jobTime()))
                .execute((instance, context) -> {
                    int closed = ratings.closeExpiredWindows();
                    int sent = calendar.isWorkingDay(LocalDate.now(clock.withZone(Zones.platform()))) ? reminders.run() : 0;
                    log.info("Outcome supervision: {} rating windows closed, {} reminders sent", closed, sent);
                });
    }
}
