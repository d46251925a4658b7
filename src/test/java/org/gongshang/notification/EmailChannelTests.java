package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gongshang.identity.ProfileChange;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ChannelTest
class EmailChannelTests {

    @Autowired
    Notices notices;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    ProfileChange profiles;

    @Autowired
    People people;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmailIsWrittenInChineseForARecipientWhoReadsChinese() throws Exception {
        Recipient recipient = residentWithEmailFor(MessageKind.GENERAL, "zh");

        notices.send(List.of(recipient.accountId()), welcome());

        MimeMessage email = awaitEmailTo(recipient.address());
        assertThat(email.getSubject()).isEqualTo("【共商】欢迎来到共商");
        assertThat(email.getFrom()).extracting(Object::toString).containsExactly("noreply@gongshang.local");
        assertThat((String) email.getContent()).contains("您已完成实名注册").contains("查看详情：http://localhost/inbox")
                .contains("http://localhost/account/notifications");
    }

    @Test
    void anEmailIsWrittenInEnglishForARecipientWhoChoseEnglish() throws Exception {
        Recipient recipient = residentWithEmailFor(MessageKind.GENERAL, "en");

        notices.send(List.of(recipient.accountId()), welcome());

        MimeMessage email = awaitEmailTo(recipient.address());
        assertThat(email.getSubject()).isEqualTo("[Gongshang] Welcome to Gongshang");
        assertThat((String) email.getContent()).contains("You registered with your real name")
                .contains("Details: http://localhost/inbox");
    }

    @Test
    void noEmailIsSentByDefaultButTurningEmailOnForAKindDeliversByEmail() throws Exception {
        Person person = people.resident(null);
        String address = "r" + ThreadLocalRandom.current().nextLong(1_000_000_000L) + "@example.org";
        profiles.update(person.id(), address, null);

        notices.send(List.of(person.id()), Notice.of(MessageKind.TOPIC, "notification.welcome.title", "notification.welcome.body"));
        assertThat(emailRowsFor(person.id())).isZero();
        assertThat(preferences.of(person.id()).choices()).filteredOn(choice -> choice.kind() == MessageKind.TOPIC)
                .singleElement().satisfies(choice -> assertThat(choice.email()).isFalse());

        preferences.update(person.id(), null, List.of(new ChannelChoice(MessageKind.TOPIC, false, true)));
        notices.send(List.of(person.id()), Notice.of(MessageKind.TOPIC, "notification.welcome.title", "notification.welcome.body"));

        assertThat(emailRowsFor(person.id())).isEqualTo(1);
        assertThat(awaitEmailTo(address).getSubject()).isEqualTo("【共商】欢迎来到共商");
    }

    record Recipient(long accountId, String address) {
    }

    /** A new resident with an email address, who chose email for the kind and the language. */
    private Recipient residentWithEmailFor(MessageKind kind, String language) {
        Person person = people.resident(null);
        String address = "r" + person.id() + "-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        profiles.update(person.id(), address, null);
        preferences.update(person.id(), language, List.of(new ChannelChoice(kind, false, true)));
        return new Recipient(person.id(), address);
    }

    private static Notice welcome() {
        return Notice.of(MessageKind.GENERAL, "notification.welcome.title", "notification.welcome.body").linkingTo("/inbox");
    }

    private MimeMessage awaitEmailTo(String address) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> emailTo(address), Optional::isPresent).orElseThrow();
    }

    private Optional<MimeMessage> emailTo(String address) throws Exception {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            var to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length == 1 && ((InternetAddress) to[0]).getAddress().equals(address)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private int emailRowsFor(long accountId) {
        return jdbc.sql("select count(*) from outbox_message where channel = 'EMAIL' and account_id = :id")
                .param("id", accountId).query(Integer.class).single();
    }
}
