package org.gongshang.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.shared.Zones;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox's jobs in the persistent scheduler (db-scheduler): each runs on one node at a time,
 * whichever node picks it, so several application nodes can run side by side.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSchedule {

    /** Sent messages are kept this long for questions ("did my code go out?"), then deleted. */
    static final Duration KEEP_SENT = Duration.ofDays(30);
    static final Duration KEEP_DEV_SMS = Duration.ofDays(7);

    @Bean
    RecurringTask<Void> outboxDispatch(OutboxDispatcher dispatcher, NotificationProperties properties) {
        return Tasks.recurring("notification-outbox-dispatch", Schedules.fixedDelay(properties.dispatchInterval()))
                .execute((instance, context) -> dispatcher.dispatchDue());
    }

    @Bean
    RecurringTask<Void> smsReceiptFetching(SmsReceipts receipts, NotificationProperties properties) {
        return Tasks.recurring("notification-sms-receipts", Schedules.fixedDelay(properties.sms().receiptInterval()))
                .execute((instance, context) -> receipts.fetch());
    }

    @Bean
    RecurringTask<Void> outboxHousekeeping(OutboxStore outbox, DevSmsStore devSms, Clock clock) {
        return Tasks.recurring("notification-outbox-housekeeping", Schedules.daily(Zones.platform(), LocalTime.of(3, 41)))
                .execute((instance, context) -> {
                    outbox.deleteFinishedBefore(clock.instant().minus(KEEP_SENT));
                    devSms.deleteBefore(clock.instant().minus(KEEP_DEV_SMS));
                });
    }
}
