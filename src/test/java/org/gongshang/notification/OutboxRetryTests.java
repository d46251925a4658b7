package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.gongshang.notification.internal.OutboxStatus;
import org.gongshang.notification.internal.OutboxStore;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.gongshang.shared.privacy.Masking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ChannelTest
class OutboxRetryTests {

    @Autowired
    Notices notices;

    @Autowired
    OutboxStore outbox;

    @Autowired
    Outbox outboxAdmin;

    @Autowired
    ScriptedSmsGateway gateway;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    MockMvc mvc;

    @Test
    void aMessageIsDeliveredExactlyOnceAfterTheGatewayFailedTwiceWithGrowingWaitsBetweenTries() {
        Person person = quietResident();
        gateway.failNext(person.phone(), 2);

        notices.send(List.of(person.id()), emergency());

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.deliveredTo(person.phone()).size() == 2);
        UUID id = UUID.fromString(gateway.deliveredTo(person.phone()).get(1).messageId());
        // The gateway has it before the dispatcher's transaction marking it sent commits.
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(id).orElseThrow().status() != OutboxStatus.PENDING);
        var message = outbox.find(id).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.attempts()).isEqualTo(3);
        var attempts = outbox.attempts(id);
        assertThat(attempts).extracting(OutboxStore.Attempt::error)
                .satisfiesExactly(first -> assertThat(first).contains("scripted"), second -> assertThat(second).contains("scripted"),
                        third -> assertThat(third).isNull());
        Duration firstWait = Duration.between(attempts.get(0).attemptedAt(), attempts.get(1).attemptedAt());
        Duration secondWait = Duration.between(attempts.get(1).attemptedAt(), attempts.get(2).attemptedAt());
        assertThat(firstWait).isGreaterThanOrEqualTo(ChannelTest.RETRY_BASE_DELAY);
        assertThat(secondWait).isGreaterThanOrEqualTo(ChannelTest.RETRY_BASE_DELAY.multipliedBy(2));

        // Several dispatch runs later, still one delivery of it.
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> gateway.deliveredTo(person.phone()).stream().filter(d -> d.messageId().equals(id.toString())).count() == 1);
    }

    @Test
    void aMessageThatKeepsFailingEndsFailedAfterTheLastTryAndAnAdminCanSendItAgain() throws Exception {
        Person person = quietResident();
        Person admin = people.admin();
        gateway.failNext(person.phone(), 1000);

        notices.send(List.of(person.id()), emergency());

        await().atMost(Duration.ofSeconds(15)).until(() -> failedTo(person).isPresent());
        FailedMessage failed = failedTo(person).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(ChannelTest.MAX_ATTEMPTS);
        assertThat(outbox.attempts(failed.id())).hasSize(ChannelTest.MAX_ATTEMPTS);
        assertThat(failed.lastError()).contains("scripted").doesNotContain(person.phone());
        assertThat(failed.retryable()).isTrue();
        assertThat(gateway.deliveredTo(person.phone())).hasSize(1);

        mvc.perform(get("/admin/notifications").with(sessions.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Masking.phone(person.phone()))))
                .andExpect(content().string(containsString("/admin/notifications/" + failed.id() + "/retry")));

        gateway.failNext(person.phone(), 0);
        mvc.perform(post("/admin/notifications/{id}/retry", failed.id()).with(sessions.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/notifications?retried"));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.deliveredTo(person.phone()).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(failed.id()).orElseThrow().status() != OutboxStatus.PENDING);
        assertThat(outbox.find(failed.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    /** A new resident whose registration code has been delivered, so that only the test's messages follow. */
    private Person quietResident() {
        Person person = people.resident(null);
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.deliveredTo(person.phone()).size() == 1);
        return person;
    }

    private static Notice emergency() {
        return Notice.of(MessageKind.EMERGENCY, "notification.welcome.title", "notification.welcome.body").urgent();
    }

    private java.util.Optional<FailedMessage> failedTo(Person person) {
        String masked = Masking.phone(person.phone());
        return outboxAdmin.failed().stream().filter(m -> m.recipient().equals(masked)).findFirst();
    }
}
