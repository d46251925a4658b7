package org.gongshang.member.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.member.MemberProperties;
import org.gongshang.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The member module's daily jobs in the persistent scheduler (db-scheduler): it runs on one node at
 * a time, and a run missed while every node was down is made up when one starts. They remind members
 * of the next working day's shifts, and of notices they have not read.
 */
@Configuration(proxyBeanMethods = false)
class MemberSchedule {

    private static final Logger log = LoggerFactory.getLogger(MemberSchedule.class);

    @Bean
    RecurringTask<Void> memberShiftReminders(ShiftReminders reminders, MemberProperties properties) {
        return Tasks.recurring("member-shift-reminders", Schedules.daily(Zones.platform(), properties.roster().reminderTime()))
                .execute((instance, context) -> log.info("Member shift reminders: {} sent", reminders.run()));
    }

    @Bean
    RecurringTask<Void> memberNoticeReminders(NoticeReminders reminders, MemberProperties properties) {
        return Tasks.recurring("member-notice-reminders", Schedules.daily(Zones.platform(), properties.notices().reminderTime()))
                .execute((instance, context) -> log.info("Member notice reminders: {} sent", reminders.run()));
    }
}
