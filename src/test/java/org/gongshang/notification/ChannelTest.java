package org.gongshang.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.gongshang.support.TestSupportConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The application with its channels under the tests' control, in a context of its own: an SMS
 * gateway that fails when told to, a real SMTP server (GreenMail), demo mode off (no /dev/sms) and
 * retries in fractions of a second. Its own data directory, hence its own PostgreSQL, because its
 * dispatcher must not compete with the shared context's dispatcher (which sends through the demo
 * gateway) for the same outbox rows. All classes with this annotation share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongshang.data-dir=target/test-data-channels",
        "gongshang.demo=false",
        "gongshang.base-url=http://localhost",
        "spring.mail.host=localhost",
        "gongshang.notification.retry-base-delay=PT0.2S",
        "gongshang.notification.retry-max-delay=PT2S",
        "gongshang.notification.max-attempts=4",
        "gongshang.notification.dispatch-interval=PT0.1S",
        "gongshang.notification.sms.receipt-interval=PT0.2S",
        "db-scheduler.polling-interval=100ms"})
@AutoConfigureMockMvc
@Import({TestSupportConfiguration.class, ChannelTestConfiguration.class})
@interface ChannelTest {

    /** As configured above. */
    java.time.Duration RETRY_BASE_DELAY = java.time.Duration.ofMillis(200);
    int MAX_ATTEMPTS = 4;
}
