package org.gongshang.quality.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.quality.QualityProperties;
import org.gongshang.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines pass without an event (a reply not given in time, a rating window running out), and the
 * answers to a questionnaire are not announced (an event per answer would date it): once a day, on one
 * node (db-scheduler), every open evaluation is computed again, each in its own transaction.
 */
@Configuration(proxyBeanMethods = false)
class QualitySchedule {

    private static final Logger log = LoggerFactory.getLogger(QualitySchedule.class);

    @Bean
    RecurringTask<Void> qualityDailyRefresh(EvaluationRepository evaluations, EvaluationRefresh refresh,
            QualityProperties properties) {
        return Tasks.recurring("quality-daily-refresh", Schedules.daily(Zones.platform(), properties.refreshTime()))
                .execute((instance, context) -> {
                    int refreshed = 0;
                    for (long id : evaluations.openIds()) {
                        refresh.refresh(id);
                        refreshed++;
                    }
                    log.info("Quality evaluation: {} open evaluations computed again", refreshed);
                });
    }
}
