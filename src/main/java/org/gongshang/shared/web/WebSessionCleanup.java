package org.gongshang.shared.web;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Page sessions live in PostgreSQL (Spring Session JDBC), so that any node serves any request.
 * Expired ones are deleted by one node at a time through the persistent scheduler, instead of by
 * every node each minute (Spring Session's own clean-up is off: {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSessionCleanup {

    @Bean
    RecurringTask<Void> expiredSessionsDeletion(JdbcIndexedSessionRepository sessions, WebSessionProperties properties) {
        return Tasks.recurring("web-session-cleanup", Schedules.fixedDelay(properties.cleanupInterval()))
                .execute((instance, context) -> sessions.cleanUpExpiredSessions());
    }
}
