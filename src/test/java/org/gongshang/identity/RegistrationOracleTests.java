package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attack: from a masked ID number such as 511702********1238, try the possible birth dates at
 * the registration endpoint until one is "already registered". With the code checked first, a
 * caller without a valid code learns nothing; with one, a taken number gets the same neutral answer
 * as any number that cannot register, and its holder is told.
 */
@GongshangTest
class RegistrationOracleTests {

    private static final String REGISTRATION = """
            {"phone":"%s","code":"%s","password":"Secret-2026","realName":"王小明","idNumber":"%s"}""";

    @Autowired
    Api api;

    @Autowired
    SentCodes sent;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyCandidateIdNumbersWithoutAValidCodeGiveNoSignal() {
        String registered = registerSomeone().idNumber();
        List<String> candidates = candidatesLike(registered, 49);
        candidates.add(25, registered);

        Set<String> answers = new HashSet<>();
        for (String candidate : candidates) {
            String phone = People.phone();
            api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(phone));
            var answer = api.anonymous().post("/api/v1/accounts", REGISTRATION.formatted(phone, "000000", candidate));
            answers.add(answer.status() + " " + answer.body());
        }

        assertThat(answers).hasSize(1);
        assertThat(answers.iterator().next()).startsWith("400").contains("\"field\":\"code\"");
    }

    @Test
    void aTakenIdNumberWithAValidCodeGetsOnlyTheNeutralAnswerAndItsHolderIsTold() {
        Registered someone = registerSomeone();
        String idNumber = someone.idNumber();
        long holder = someone.id();
        String attackersPhone = People.phone();
        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(attackersPhone));

        var answer = api.anonymous().post("/api/v1/accounts",
                REGISTRATION.formatted(attackersPhone, sent.require(attackersPhone, CodePurpose.REGISTER), idNumber));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("identity.registration.not-possible");
        assertThat(answer.json().has("errors") && !answer.json().get("errors").isEmpty()).isFalse();
        assertThat(answer.body()).doesNotContain("身份证号码已").doesNotContain("registered");
        assertThat(jdbc.sql("select count(*) from account where username = :phone or real_name = '攻击者'")
                .param("phone", attackersPhone).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.registration-refused' and subject_id = :id")
                .param("id", String.valueOf(holder)).query(Integer.class).single()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from notification where account_id = :id and title like '%身份证号码注册%'")
                .param("id", holder).query(Integer.class).single() == 1);
    }

    record Registered(long id, String idNumber) {
    }

    private Registered registerSomeone() {
        String phone = People.phone();
        String idNumber = People.idNumber();
        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(phone));
        var created = api.anonymous().post("/api/v1/accounts",
                REGISTRATION.formatted(phone, sent.require(phone, CodePurpose.REGISTER), idNumber));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Registered(created.json().get("id").asLong(), idNumber);
    }

    /** Other valid numbers with the same region code and sequence, as a masked number leaves open. */
    private static List<String> candidatesLike(String idNumber, int count) {
        List<String> candidates = new ArrayList<>();
        LocalDate birth = LocalDate.of(1950, 1, 1);
        while (candidates.size() < count) {
            birth = birth.plusDays(397);
            String body = idNumber.substring(0, 6) + birth.toString().replace("-", "") + idNumber.substring(14, 17);
            String candidate = body + checkDigit(body);
            if (!candidate.equals(idNumber)) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private static char checkDigit(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
