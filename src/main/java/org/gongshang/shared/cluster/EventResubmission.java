package org.gongshang.shared.cluster;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events between modules are stored with their listeners (Spring Modulith's publication registry)
 * and normally handled right after the publishing transaction, on the node that published them. A
 * publication still incomplete after {@code resubmit-after} — its node died, or its listener failed
 * — is handed to its listener again by one node, the one that picks this persistent task, instead
 * of by every node at its start (that would send a notification once per node).
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

    @Bean
    RecurringTask<Void> incompletePublicationsResubmission(IncompleteEventPublications publications, EventProperties properties) {
        return Tasks.recurring("event-publication-resubmission", Schedules.fixedDelay(properties.resubmitInterval()))
                .execute((instance, context) -> publications.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter()));
    }
}
