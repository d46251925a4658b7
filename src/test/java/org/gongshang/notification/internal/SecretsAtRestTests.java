package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.VerificationCodeIssued;
import org.gongshang.notification.Channel;
import org.gongshang.notification.MessageKind;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

/** Someone who reads the database (a backup, a replica) finds no one-time codes: not in the outbox, not in the events. */
@GongshangTest
class SecretsAtRestTests {

    @Autowired
    OutboxStore outbox;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventSerializer serializer;

    @Test
    void aCodeWaitsInTheOutboxEncryptedAndIsSentInClear() {
        String phone = People.phone();
        String text = "【共商】您的登录验证码是 482913，5 分钟内有效。";
        UUID id = transaction.execute(status -> outbox.insert(new OutboxStore.NewMessage(Channel.SMS, MessageKind.CODE, null,
                cipher.encrypt(phone), "138****0000", "zh", null, text, Map.of("arg1", "482913"), true,
                Instant.now().plusSeconds(300), null), Instant.now()))
                .orElseThrow();

        var stored = jdbc.sql("select body, body_cipher, sms_values, sms_values_cipher from outbox_message where id = :id")
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getString("body"), rs.getBytes("body_cipher"), rs.getString("sms_values"),
                        rs.getBytes("sms_values_cipher")}).single();
        assertThat(stored[0]).isNull();
        assertThat(new String((byte[]) stored[1])).doesNotContain("482913");
        assertThat(stored[2]).isNull();
        assertThat(new String((byte[]) stored[3])).doesNotContain("482913");
        assertThat(outbox.find(id).orElseThrow().body()).isEqualTo(text);
        assertThat(outbox.find(id).orElseThrow().smsValues()).containsEntry("arg1", "482913");
    }

    @Test
    void anEventCarryingACodeIsStoredWithoutPhoneOrCode() {
        String phone = People.phone();
        var issued = new VerificationCodeIssued(UUID.randomUUID(), cipher.encrypt(phone), CodePurpose.LOGIN, cipher.encrypt("482913"),
                Duration.ofMinutes(5), Locale.CHINA.getLanguage());

        String serialized = String.valueOf(serializer.serialize(issued));

        assertThat(serialized).doesNotContain(phone).doesNotContain("482913");
    }
}
