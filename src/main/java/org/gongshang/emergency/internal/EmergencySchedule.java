package org.gongshang.emergency.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.emergency.EmergencyEscalation;
import org.gongshang.emergency.EmergencyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timers run out without anyone acting, so a job looks at every active event every
 * {@code gongshang.emergency.timer-interval}, on one node at a time (db-scheduler); each event in its
 * own transaction, so that one failing does not hold up the others.
 */
@Configuration(proxyBeanMethods = false)
class EmergencySchedule {

    private static final Logger log = LoggerFactory.getLogger(EmergencySchedule.class);

    @Bean
    RecurringTask<Void> emergencyTimers(EmergencyEscalation escalation, EmergencyProperties properties) {
        return Tasks.recurring("emergency-timers", Schedules.fixedDelay(properties.timerInterval()))
                .execute((instance, context) -> {
                    int sent = 0;
                    for (long id : escalation.activeIds()) {
                        sent += escalation.check(id);
                    }
                    if (sent > 0) {
                        log.info("Emergency timers: {} warnings and escalations sent", sent);
                    }
                });
    }
}
