package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.gongshang.shared.privacy.Masking;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whoever controls the phone controls the account: replacing it needs the old phone too, or an audited admin reset. */
@GongshangTest
class PhoneChangeTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    SentCodes sent;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSessionWithoutTheOldPhoneCannotReplaceIt() {
        Person victim = people.resident();
        var attacker = api.as(victim);
        String attackersPhone = People.phone();
        attacker.post("/api/v1/me/phone/codes", "{\"to\":\"NEW\",\"phone\":\"%s\"}".formatted(attackersPhone));
        String code = sent.require(attackersPhone, CodePurpose.PHONE_CHANGE);

        var enrol = attacker.put("/api/v1/me/phone", "{\"phone\":\"%s\",\"newCode\":\"%s\"}".formatted(attackersPhone, code));
        var guessed = attacker.put("/api/v1/me/phone", "{\"phone\":\"%s\",\"currentCode\":\"000000\",\"newCode\":\"%s\"}"
                .formatted(attackersPhone, code));

        assertThat(enrol.status()).isEqualTo(403);
        assertThat(guessed.status()).isEqualTo(400);
        assertThat(guessed.json().get("errors").get(0).get("field").asString()).isEqualTo("currentCode");
        assertThat(accounts.get(victim.id()).maskedPhone()).isEqualTo(Masking.phone(victim.phone()));
    }

    @Test
    void withCodesToBothPhonesThePhoneChangesAndTheOldOneIsTold() {
        Person resident = people.resident();
        var owner = api.as(resident);
        String newPhone = People.phone();
        clock.advance(Duration.ofSeconds(61)); // one code per phone a minute, and the registration's was just sent
        assertThat(owner.post("/api/v1/me/phone/codes", "{\"to\":\"CURRENT\"}").status()).isEqualTo(202);
        assertThat(owner.post("/api/v1/me/phone/codes", "{\"to\":\"NEW\",\"phone\":\"%s\"}".formatted(newPhone)).status())
                .isEqualTo(202);

        var changed = owner.put("/api/v1/me/phone", "{\"phone\":\"%s\",\"currentCode\":\"%s\",\"newCode\":\"%s\"}".formatted(newPhone,
                sent.require(resident.phone(), CodePurpose.PHONE_CHANGE), sent.require(newPhone, CodePurpose.PHONE_CHANGE)));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(newPhone));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.anonymous().get("/api/v1/dev/sms?phone=" + resident.phone()).body(),
                body -> body.contains(Masking.phone(newPhone)) && body.contains("不再接收"));
    }

    @Test
    void anotherAccountsNumberIsAnsweredAlikeButGetsNoCode() {
        Person resident = people.resident();
        Person neighbour = people.resident();
        String unused = People.phone();
        var caller = api.as(resident);
        clock.advance(Duration.ofSeconds(61));

        var taken = caller.post("/api/v1/me/phone/codes", "{\"to\":\"NEW\",\"phone\":\"%s\"}".formatted(neighbour.phone()));
        var free = caller.post("/api/v1/me/phone/codes", "{\"to\":\"NEW\",\"phone\":\"%s\"}".formatted(unused));

        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(202);
        assertThat(sent.latest(neighbour.phone(), CodePurpose.PHONE_CHANGE)).isEmpty();
        assertThat(sent.latest(unused, CodePurpose.PHONE_CHANGE)).isPresent();
    }

    @Test
    void onlyAnAdministratorResetsSomeoneElsesPhoneAndOnlyWithAReasonThatIsAudited() {
        Person resident = people.resident();
        String newPhone = People.phone();
        String body = "{\"phone\":\"%s\",\"reason\":\"%s\"}";

        var byStaff = api.as(people.withRole(Role.STAFF, "达州市政协"))
                .put("/api/v1/admin/accounts/%d/phone".formatted(resident.id()), body.formatted(newPhone, "lost the phone"));
        var admin = api.as(people.admin());
        var noReason = admin.put("/api/v1/admin/accounts/%d/phone".formatted(resident.id()), body.formatted(newPhone, ""));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(resident.phone()));

        var reset = admin.put("/api/v1/admin/accounts/%d/phone".formatted(resident.id()), body.formatted(newPhone, "到社区窗口核验身份后更换"));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(newPhone));
        assertThat(jdbc.sql("select details->>'reason' from audit_entry where action = 'identity.phone-reset' and subject_id = :id")
                .param("id", String.valueOf(resident.id())).query(String.class).single()).isEqualTo("到社区窗口核验身份后更换");
    }
}
