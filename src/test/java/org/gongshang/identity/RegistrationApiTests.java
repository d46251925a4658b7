package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongshangTest
class RegistrationApiTests {

    @Autowired
    Api api;

    @Autowired
    SentCodes sentCodes;

    @Test
    void aResidentRegistersWithACodeAndSeesOnlyMaskedData() {
        String phone = People.phone();
        String idNumber = People.idNumber();
        var sent = api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"" + phone + "\",\"purpose\":\"REGISTER\"}");
        assertThat(sent.status()).isEqualTo(202);

        var created = api.anonymous().post("/api/v1/accounts", """
                {"phone":"%s","code":"%s","password":"Secret-2026","realName":"王小明","idNumber":"%s"}"""
                .formatted(phone, sentCodes.require(phone, CodePurpose.REGISTER), idNumber));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var account = created.json();
        assertThat(account.get("realName").asString()).isEqualTo("王小明");
        assertThat(account.get("maskedPhone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(account.get("maskedIdNumber").asString()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(account.get("roles").get(0).asString()).isEqualTo("RESIDENT");
        assertThat(created.body()).doesNotContain(phone).doesNotContain(idNumber);

        var token = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"Secret-2026\"}".formatted(phone));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.json().get("tokenType").asString()).isEqualTo("Bearer");
        var me = api.withToken(token.json().get("accessToken").asString()).get("/api/v1/me");
        assertThat(me.json().get("id").asLong()).isEqualTo(account.get("id").asLong());
    }

    @Test
    void aWrongCheckDigitIsAClearFieldError() {
        String phone = People.phone();
        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"" + phone + "\",\"purpose\":\"REGISTER\"}");
        var refused = api.anonymous().inLanguage("en").post("/api/v1/accounts", """
                {"phone":"%s","code":"%s","password":"Secret-2026","realName":"王小明","idNumber":"110105194912310021"}"""
                .formatted(phone, sentCodes.require(phone, CodePurpose.REGISTER)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("check digit");
    }
}
