package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.gongshang.identity.CodePurpose;
import org.gongshang.notification.internal.OutboxStatus;
import org.gongshang.notification.internal.OutboxStore;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The shared test context runs in demo mode: SMS go to the development gateway. */
@GongshangTest
class VerificationCodeSmsTests {

    @Autowired
    Api api;

    @Autowired
    SentCodes sentCodes;

    @Autowired
    OutboxStore outbox;

    @Autowired
    MockMvc mvc;

    @Test
    void aRegistrationCodeArrivesAtTheDevGatewayAndItsTextIsThenForgotten() {
        String phone = People.phone();

        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"" + phone + "\",\"purpose\":\"REGISTER\"}");

        JsonNode sms = awaitSmsTo(phone);
        String code = sentCodes.require(phone, CodePurpose.REGISTER);
        assertThat(sms.get("text").asString()).isEqualTo("【共商】您的注册验证码是 " + code + "，5 分钟内有效。请勿告诉他人。");
        assertThat(sms.get("maskedPhone").asString()).isEqualTo(Masking.phone(phone));
        var message = outbox.find(UUID.fromString(sms.get("messageId").asString())).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.body()).isNull();
        assertThat(message.recipientMasked()).isEqualTo(Masking.phone(phone));
        assertThat(new String(message.recipientCipher(), StandardCharsets.ISO_8859_1)).doesNotContain(phone);
    }

    @Test
    void aCodeAskedForInEnglishComesInEnglish() {
        String phone = People.phone();

        api.anonymous().inLanguage("en").post("/api/v1/auth/verification-codes", "{\"phone\":\"" + phone + "\",\"purpose\":\"REGISTER\"}");

        assertThat(awaitSmsTo(phone).get("text").asString())
                .isEqualTo("[Gongshang] Your registration code is " + sentCodes.require(phone, CodePurpose.REGISTER)
                        + ", valid for 5 minutes. Do not share it.");
    }

    @Test
    void theDevSmsPageShowsTheCodesSentToAPhone() throws Exception {
        String phone = People.phone();
        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"" + phone + "\",\"purpose\":\"REGISTER\"}");
        awaitSmsTo(phone);

        mvc.perform(get("/dev/sms").param("phone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sentCodes.require(phone, CodePurpose.REGISTER))))
                .andExpect(content().string(containsString(Masking.phone(phone))));
    }

    private JsonNode awaitSmsTo(String phone) {
        JsonNode list = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.anonymous().get("/api/v1/dev/sms?phone=" + phone).json(), json -> !json.isEmpty());
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
