package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongshang.notification.Channel;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.SmsGateway;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which SMS the receipt task asks the provider about: those never asked first, then those asked
 * longest ago, so that messages whose receipt never comes cannot keep the others waiting; a message
 * with its receipt recorded is not asked about again.
 */
@GongshangTest
class AwaitingReceiptsTests {

    @Autowired
    OutboxStore outbox;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void messagesAreAskedAboutInTurnUntilTheirReceiptIsRecorded() {
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String prefix = "rot-" + UUID.randomUUID() + "-";
        UUID first = sent(prefix + "a", since.plusMillis(1));
        UUID second = sent(prefix + "b", since.plusMillis(2));
        UUID third = sent(prefix + "c", since.plusMillis(3));

        assertThat(ids(outbox.awaitingReceipt(since, 2, since.plusSeconds(10)))).containsExactly(first, second);
        assertThat(ids(outbox.awaitingReceipt(since, 2, since.plusSeconds(20)))).containsExactly(third, first);

        assertThat(outbox.recordReceipt(prefix + "b", false, "MK:0001", null, since.plusSeconds(25))).isTrue();
        assertThat(outbox.recordReceipt(prefix + "b", true, "DELIVERED", null, since.plusSeconds(26))).isFalse();
        assertThat(ids(outbox.awaitingReceipt(since, 3, since.plusSeconds(30)))).containsExactly(first, third);
        assertThat(outbox.find(second).orElseThrow().receipt()).isEqualTo(new OutboxMessage.Receipt(false, "MK:0001",
                since.plusSeconds(25)));
    }

    private UUID sent(String providerId, Instant at) {
        return transaction.execute(status -> {
            String phone = People.phone();
            UUID id = outbox.insert(new OutboxStore.NewMessage(Channel.SMS, MessageKind.GENERAL, null, cipher.encrypt(phone),
                    "138****0000", "zh", null, "【共商】测试", Map.of("title", "测试"), false, null, null), at).orElseThrow();
            outbox.markSent(id, 1, at, new SmsGateway.Handover(providerId, 1, "OK"));
            return id;
        });
    }

    private static List<UUID> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::id).toList();
    }
}
