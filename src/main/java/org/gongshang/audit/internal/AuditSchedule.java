package org.gongshang.audit.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.shared.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly retention run, in the persistent scheduler: one node runs it, whichever picks it. */
@Configuration(proxyBeanMethods = false)
class AuditSchedule {

    @Bean
    RecurringTask<Void> auditRetentionRun(AuditRetention retention) {
        return Tasks.recurring("audit-retention", Schedules.daily(Zones.platform(), LocalTime.of(3, 30)))
                .execute((instance, context) -> retention.deleteExpired());
    }
}
