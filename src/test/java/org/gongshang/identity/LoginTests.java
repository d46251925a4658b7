package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongshangTest
class LoginTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void afterFiveWrongPasswordsEachTryWaitsLongerButTheOwnerIsNeverLockedOut() {
        var resident = people.resident();
        for (int i = 1; i <= 5; i++) {
            assertThat(token(resident.username(), "wrong-password-1").json().get("code").asString())
                    .isEqualTo("identity.login.bad-credentials");
        }
        var tooSoon = token(resident.username(), resident.password());
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.json().get("code").asString()).isEqualTo("identity.login.delayed");

        clock.advance(Duration.ofSeconds(3));
        assertThat(token(resident.username(), "wrong-password-1").status()).isEqualTo(401);
        clock.advance(Duration.ofSeconds(3));
        assertThat(token(resident.username(), resident.password()).status()).as("the second wait is 4 s").isEqualTo(429);
        clock.advance(Duration.ofSeconds(2));
        assertThat(token(resident.username(), resident.password()).status()).isEqualTo(200);
    }

    @Test
    void unknownNamesAreDelayedJustLikeKnownOnes() {
        var resident = people.resident();
        String unknown = "nobody" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            token(resident.username(), "wrong-password-1");
            token(unknown, "wrong-password-1");
        }
        var known = token(resident.username(), "wrong-password-1");
        var stranger = token(unknown, "wrong-password-1");

        assertThat(stranger.status()).isEqualTo(known.status()).isEqualTo(429);
        assertThat(stranger.json().get("code").asString()).isEqualTo(known.json().get("code").asString());
    }

    @Test
    void aDelayedOwnerStillLogsInWithAnSmsCode(@Autowired SentCodes sent) {
        var resident = people.resident();
        for (int i = 0; i < 8; i++) {
            token(resident.username(), "wrong-password-1");
        }
        assertThat(token(resident.username(), resident.password()).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(61)); // one code per phone a minute, and the registration's was just sent

        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"LOGIN\"}".formatted(resident.phone()));
        var bySms = api.anonymous().post("/api/v1/auth/token", "{\"phone\":\"%s\",\"code\":\"%s\"}"
                .formatted(resident.phone(), sent.require(resident.phone(), CodePurpose.LOGIN)));

        assertThat(bySms.status()).as(bySms.toString()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        var resident = people.resident();
        for (int i = 0; i < 4; i++) {
            token(resident.username(), "wrong-password-1");
        }
        assertThat(token(resident.username(), resident.password()).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            token(resident.username(), "wrong-password-1");
        }
        assertThat(token(resident.username(), resident.password()).status()).isEqualTo(200);
    }

    @Test
    void theRegisteredPhoneWorksAsLoginName() {
        var resident = people.resident();

        assertThat(token(resident.phone(), resident.password()).status()).isEqualTo(200);
    }

    @Test
    void unknownNamesAndWrongPasswordsGetTheSameAnswer() {
        var unknown = token("nobody-" + System.nanoTime(), "whatever-1");
        var wrong = token(people.resident().username(), "whatever-1");

        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail").asString()).isEqualTo(wrong.json().get("detail").asString());
    }

    @Test
    void logoutRevokesTheToken() {
        var resident = people.resident();
        var caller = api.as(resident);
        assertThat(caller.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(caller.post("/api/v1/auth/logout").status()).isEqualTo(204);

        assertThat(caller.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theApiWithoutATokenAnswers401WithProblemDetails() {
        var anonymous = api.anonymous().get("/api/v1/me");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.withToken("not-a-token").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aPasswordResetBySmsSetsANewPasswordAndEndsOtherSessions(@Autowired org.gongshang.support.SentCodes sent) {
        var resident = people.resident();
        var oldSession = api.as(resident);
        clock.advance(Duration.ofSeconds(61)); // one code per phone per minute, and registration just sent one
        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"RESET\"}".formatted(resident.phone()));

        var reset = api.anonymous().post("/api/v1/auth/password-reset", "{\"phone\":\"%s\",\"code\":\"%s\",\"newPassword\":\"Brand-new-2026\"}"
                .formatted(resident.phone(), sent.require(resident.phone(), CodePurpose.RESET)));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(oldSession.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(token(resident.username(), "Brand-new-2026").status()).isEqualTo(200);
    }

    private Api.Response token(String username, String password) {
        return api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }
}
