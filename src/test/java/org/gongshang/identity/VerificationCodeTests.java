package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;

import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.identity.internal.CodeStore;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@GongshangTest
class VerificationCodeTests {

    @Autowired
    VerificationCodes codes;

    @Autowired
    SentCodes sent;

    @Autowired
    MutableClock clock;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCodeHasSixDigitsAndIsStoredOnlyAsAHash() {
        String phone = People.phone();
        codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA);
        String code = sent.require(phone, CodePurpose.REGISTER);

        assertThat(code).matches("[0-9]{6}");
        var stored = jdbc.sql("select encode(code_hash, 'escape') from verification_code order by id desc limit 1")
                .query(String.class).single();
        assertThat(stored).doesNotContain(code);
        assertThat(codes.check(phone, CodePurpose.REGISTER, code)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void aCodeWorksOnlyOnceAndOnlyForItsPurpose() {
        String phone = People.phone();
        codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA);
        String code = sent.require(phone, CodePurpose.REGISTER);

        assertThat(codes.check(phone, CodePurpose.RESET, code)).isEqualTo(CodeCheck.VOID);
        assertThat(codes.check(phone, CodePurpose.REGISTER, code)).isEqualTo(CodeCheck.ACCEPTED);
        assertThat(codes.check(phone, CodePurpose.REGISTER, code)).isEqualTo(CodeCheck.VOID);
    }

    @Test
    void aCodeIsVoidAfterThreeWrongTries() {
        String phone = People.phone();
        codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA);
        String code = sent.require(phone, CodePurpose.REGISTER);
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(codes.check(phone, CodePurpose.REGISTER, wrong)).isEqualTo(CodeCheck.WRONG);
        assertThat(codes.check(phone, CodePurpose.REGISTER, wrong)).isEqualTo(CodeCheck.WRONG);
        assertThat(codes.check(phone, CodePurpose.REGISTER, wrong)).isEqualTo(CodeCheck.WRONG);
        assertThat(codes.check(phone, CodePurpose.REGISTER, code)).isEqualTo(CodeCheck.VOID);
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        String phone = People.phone();
        codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA);
        String code = sent.require(phone, CodePurpose.REGISTER);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(codes.check(phone, CodePurpose.REGISTER, code)).isEqualTo(CodeCheck.VOID);
    }

    @Test
    void onePhoneGetsOneCodePerMinute() {
        String phone = People.phone();
        var first = api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(phone));
        var second = api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(phone));

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().get("code").asString()).isEqualTo("identity.code.wait");

        clock.advance(Duration.ofSeconds(61));
        assertThat(api.anonymous().post("/api/v1/auth/verification-codes",
                "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(phone)).status()).isEqualTo(202);
    }

    @Test
    void onePhoneGetsAtMostTwentyCodesADay() {
        String phone = People.phone();
        // From 09:00 China time, so that twenty minutes do not cross midnight.
        var now = java.time.ZonedDateTime.now(org.gongshang.shared.Zones.platform());
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(9, 0).atZone(org.gongshang.shared.Zones.platform())));
        for (int i = 0; i < 20; i++) {
            codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA);
            clock.advance(Duration.ofSeconds(61));
        }

        assertThatThrownBy(() -> codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("identity.code.daily-limit"));
        clock.advance(Duration.ofDays(1));
        codes.request(phone, CodePurpose.REGISTER, null, Locale.CHINA);
    }

    @Test
    void oneAddressAsksAtMostThirtyTimesAnHourByDefault(@Autowired CodeStore store, @Autowired AccountRepository accounts,
            @Autowired PersonalDataCipher cipher, @Autowired ApplicationEventPublisher events,
            @Autowired PlatformTransactionManager transactions) {
        var defaults = new IdentityProperties(Duration.ofMinutes(5), 3, Duration.ofSeconds(60), 20, 30, 10, 5,
                Duration.ofHours(1), 5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), null, Duration.ofHours(8),
                Duration.ZERO, Duration.ofHours(24));
        var limited = new VerificationCodes(store, accounts, cipher, defaults, events, jdbc, clock, transactions);
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 30; i++) {
            limited.request(People.phone(), CodePurpose.REGISTER, address, Locale.CHINA);
        }

        assertThatThrownBy(() -> limited.request(People.phone(), CodePurpose.REGISTER, address, Locale.CHINA))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_MANY));
        clock.advance(Duration.ofMinutes(61));
        limited.request(People.phone(), CodePurpose.REGISTER, address, Locale.CHINA);
    }

    @Test
    void aRegisteredPhoneIsAnsweredLikeAnyOtherButGetsANoticeInsteadOfACode(@Autowired People people) {
        var resident = people.resident();
        String fresh = People.phone();
        clock.advance(Duration.ofSeconds(61)); // one code per phone a minute, and the registration's was just sent

        var registered = api.anonymous().post("/api/v1/auth/verification-codes",
                "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(resident.phone()));
        var unregistered = api.anonymous().post("/api/v1/auth/verification-codes",
                "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(fresh));

        assertThat(registered.status()).isEqualTo(unregistered.status()).isEqualTo(202);
        assertThat(registered.body()).isEqualTo(unregistered.body());
        assertThat(sent.latest(fresh, CodePurpose.REGISTER)).isPresent();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.anonymous().get("/api/v1/dev/sms?phone=" + resident.phone()).body(),
                body -> body.contains("已注册"));
    }

    @Test
    void anUnknownPhoneAskingForALoginCodeIsAnsweredAlikeButGetsNoSms() {
        String phone = People.phone();

        var answered = api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"LOGIN\"}".formatted(phone));

        assertThat(answered.status()).isEqualTo(202);
        assertThat(sent.latest(phone, CodePurpose.LOGIN)).isEmpty();
    }

    @Test
    void badPhonesAndPurposesAreFieldErrors() {
        var badPhone = api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"12345\",\"purpose\":\"REGISTER\"}");
        var badPurpose = api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"13800138000\",\"purpose\":\"SECOND_FACTOR\"}");
        var notJson = api.anonymous().post("/api/v1/auth/verification-codes", "{phone");

        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
    }
}
