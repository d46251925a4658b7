package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongshang.notification.internal.OutboxMessage;
import org.gongshang.notification.internal.OutboxStatus;
import org.gongshang.notification.internal.OutboxStore;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the provider answers is recorded on the outbox message: a refusal fails the message at once
 * (no retries), the provider's id and billed parts are kept, and delivery receipts fetched by the
 * scheduled task are recorded; SMS the phone never received are shown to admins.
 */
@ChannelTest
class SmsProviderAnswersTests {

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
    void aMessageTheProviderRefusesFailsAtOnceWithoutRetries() throws Exception {
        Person person = quietResident();
        gateway.refuse(person.phone(), "isv.MOBILE_NUMBER_ILLEGAL");

        notices.send(List.of(person.id()), emergency());

        await().atMost(Duration.ofSeconds(10)).until(() -> failedTo(person).isPresent());
        FailedMessage failed = failedTo(person).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(outbox.attempts(failed.id())).hasSize(1);
        assertThat(failed.lastError()).contains("SmsRejected", "isv.MOBILE_NUMBER_ILLEGAL").doesNotContain(person.phone());
        mvc.perform(get("/admin/notifications").with(sessions.signedIn(people.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("isv.MOBILE_NUMBER_ILLEGAL")));
    }

    @Test
    void theProvidersIdAndReceiptsAreRecordedAndAdminsSeeWhatNeverArrived() throws Exception {
        Person reached = quietResident();
        Person switchedOff = quietResident();

        notices.send(List.of(reached.id(), switchedOff.id()), emergency());

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.deliveredTo(reached.phone()).size() == 2
                && gateway.deliveredTo(switchedOff.phone()).size() == 2);
        UUID reachedId = UUID.fromString(gateway.deliveredTo(reached.phone()).get(1).messageId());
        UUID offId = UUID.fromString(gateway.deliveredTo(switchedOff.phone()).get(1).messageId());
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(offId).orElseThrow().status() == OutboxStatus.SENT
                && outbox.find(reachedId).orElseThrow().status() == OutboxStatus.SENT);
        OutboxMessage.Handover handover = outbox.find(offId).orElseThrow().handover();
        assertThat(handover).isEqualTo(new OutboxMessage.Handover("scripted-" + offId, 1, "OK"));

        gateway.report(reached.phone(), true, "DELIVERED");
        gateway.report(switchedOff.phone(), false, "MK:0001");

        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(offId).orElseThrow().receipt() != null
                && outbox.find(reachedId).orElseThrow().receipt() != null);
        assertThat(outbox.find(reachedId).orElseThrow().receipt().delivered()).isTrue();
        assertThat(outbox.find(offId).orElseThrow().receipt().delivered()).isFalse();
        assertThat(outbox.find(offId).orElseThrow().receipt().detail()).isEqualTo("MK:0001");
        assertThat(outboxAdmin.undelivered()).extracting(UndeliveredMessage::id).contains(offId).doesNotContain(reachedId);
        mvc.perform(get("/admin/notifications").with(sessions.signedIn(people.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未送达的短信")))
                .andExpect(content().string(containsString(Masking.phone(switchedOff.phone()))))
                .andExpect(content().string(containsString("MK:0001")));
        // The task asks only about messages still waiting: once recorded, they are not asked about again.
        Person waiting = quietResident();
        String waitingId = gateway.deliveredTo(waiting.phone()).getFirst().messageId();
        int before = gateway.asked().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.asked().subList(before, gateway.asked().size()).stream()
                .anyMatch(asked -> asked.stream().anyMatch(m -> m.messageId().equals(waitingId))));
        assertThat(gateway.asked().subList(before, gateway.asked().size())).allSatisfy(asked -> assertThat(asked)
                .extracting(SmsGateway.AwaitingReceipt::messageId).doesNotContain(offId.toString(), reachedId.toString()));
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

    private Optional<FailedMessage> failedTo(Person person) {
        String masked = Masking.phone(person.phone());
        return outboxAdmin.failed().stream().filter(m -> m.recipient().equals(masked)).findFirst();
    }
}
