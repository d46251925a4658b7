package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.NotificationProperties.Provider;
import org.gongshang.notification.SmsGateway;
import org.gongshang.notification.SmsGateway.AwaitingReceipt;
import org.gongshang.notification.SmsGateway.Receipt;
import org.gongshang.notification.SmsGateway.Sms;
import org.gongshang.notification.SmsGateway.SmsNotSent;
import org.gongshang.notification.SmsGateway.SmsRejected;
import org.gongshang.notification.internal.FakeProvider.Answer;
import org.gongshang.notification.internal.FakeProvider.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Tencent gateway against a local fake of sms.tencentcloudapi.com that checks each request's
 * TC3 signature with the test's SecretKey and answers as Tencent does: Ok with a SerialNo and Fee,
 * a request-level rate limit, a per-number rejection, and status reports for PullSmsSendStatus.
 */
class TencentSmsGatewayTests {

    static final String THROTTLED = "13800000001";
    static final String ILLEGAL = "13800000002";
    static final String SECRET_KEY = "test-secret-key";
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/sms/tc3_request");

    final JsonMapper json = JsonMapper.builder().build();
    final FakeProvider tencent = new FakeProvider(this::answer);
    final SmsGateway gateway = SmsGatewayConfiguration.provider(
            SmsSettings.of(Provider.TENCENT, SmsSettings.tencentTemplates(), tencent.endpoint()), json, Clock.systemUTC());

    @AfterEach
    void stop() {
        tencent.close();
    }

    @Test
    void aCodeGoesOutAsTheKindsTemplateWithPositionalParametersSignedAndTheMessageIdAsSessionContext() {
        var handover = gateway.send(new Sms("m-1", "13912345678", MessageKind.CODE, "【共商】您的登录验证码是 482913，5 分钟内有效。",
                Map.of("arg0", "登录", "arg1", "482913", "arg2", "5")));

        assertThat(handover.providerId()).isEqualTo("serial-m-1");
        assertThat(handover.parts()).isEqualTo(1);
        Request request = tencent.received.getFirst();
        assertThat(request.header("X-TC-Action")).isEqualTo("SendSms");
        assertThat(request.header("X-TC-Region")).isEqualTo("ap-guangzhou");
        JsonNode body = json.readTree(request.body());
        assertThat(body.path("PhoneNumberSet").path(0).asString()).isEqualTo("+8613912345678");
        assertThat(body.path("SmsSdkAppId").asString()).isEqualTo("1400006666");
        assertThat(body.path("SignName").asString()).isEqualTo("共商");
        assertThat(body.path("TemplateId").asString()).isEqualTo("2000");
        assertThat(body.path("TemplateParamSet")).extracting(JsonNode::asString).containsExactly("482913", "5");
        assertThat(body.path("SessionContext").asString()).isEqualTo("m-1");
    }

    @Test
    void aLongTextIsBilledAsTheProviderSays() {
        var handover = gateway.send(notice("13912345670"));

        assertThat(handover.parts()).isEqualTo(2);
    }

    @Test
    void aRateLimitIsTriedAgainLater() {
        assertThatThrownBy(() -> gateway.send(notice(THROTTLED)))
                .isInstanceOf(SmsNotSent.class).isNotInstanceOf(SmsRejected.class)
                .hasMessageContaining("RequestLimitExceeded").hasMessageNotContaining(THROTTLED);
    }

    @Test
    void anInvalidNumberIsRefusedForGood() {
        assertThatThrownBy(() -> gateway.send(notice(ILLEGAL)))
                .isInstanceOf(SmsRejected.class).hasMessageContaining("InvalidParameterValue.IncorrectPhoneNumber");
    }

    @Test
    void aWrongSecretIsAFailureToTryAgainNotADrop() {
        var settings = SmsSettings.of(Provider.TENCENT, SmsSettings.tencentTemplates(), tencent.endpoint());
        var wrongKey = new NotificationProperties.Tencent("AKIDtest", "not-the-secret", "1400006666", "ap-guangzhou",
                tencent.endpoint());
        SmsGateway misconfigured = new TencentSmsGateway(wrongKey, SmsTemplates.of(settings, SmsTemplates.Placeholders.NUMBERED),
                new ProviderHttp(settings.timeout()), json, Clock.systemUTC());

        assertThatThrownBy(() -> misconfigured.send(notice("13912345678")))
                .isInstanceOf(SmsNotSent.class).isNotInstanceOf(SmsRejected.class)
                .hasMessageContaining("AuthFailure.SignatureFailure");
    }

    @Test
    void statusReportsArePulledAndReadAsDeliveredOrNot() {
        var receipts = gateway.receipts(List.of(new AwaitingReceipt("m-2", "13912345678", "serial-ok", Instant.now())));

        assertThat(receipts).extracting(Receipt::providerId, Receipt::delivered, Receipt::detail)
                .containsExactly(tuple("serial-ok", true, "用户接收成功"), tuple("serial-off", false, "DELIVRD_FAIL"));
        assertThat(receipts.getFirst().at()).isEqualTo(Instant.parse("2026-12-07T02:00:05Z"));
        Request request = tencent.received.getFirst();
        assertThat(request.header("X-TC-Action")).isEqualTo("PullSmsSendStatus");
        assertThat(json.readTree(request.body()).path("SmsSdkAppId").asString()).isEqualTo("1400006666");
    }

    private static Sms notice(String phone) {
        return new Sms("m-9", phone, MessageKind.OUTCOME, "", Map.of("title", "协商成果已答复"));
    }

    /** What the API answers, after checking the signature as Tencent does. */
    private Answer answer(Request request) {
        Matcher credential = CREDENTIAL.matcher(request.header("Authorization"));
        String expected = credential.find()
                ? Tc3Signature.authorization(credential.group(1), SECRET_KEY, TencentSmsGateway.SERVICE, request.header("Host"),
                        request.header("Content-Type"), request.body(), Long.parseLong(request.header("X-TC-Timestamp")))
                : "";
        if (!expected.equals(request.header("Authorization")) || !credential.group(1).equals("AKIDtest")
                || !TencentSmsGateway.VERSION.equals(request.header("X-TC-Version"))) {
            return response("\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"The provided credentials could not be validated.\"}");
        }
        if (request.header("X-TC-Action").equals("PullSmsSendStatus")) {
            return response("""
                    "PullSmsSendStatusSet":[
                    {"UserReceiveTime":"2026-12-07 10:00:05","CountryCode":"86","SubscriberNumber":"13912345678",
                     "PhoneNumber":"+8613912345678","SerialNo":"serial-ok","ReportStatus":"SUCCESS","Description":"用户接收成功",
                     "SessionContext":"m-2"},
                    {"UserReceiveTime":"2026-12-07 10:00:07","CountryCode":"86","SubscriberNumber":"13912345679",
                     "PhoneNumber":"+8613912345679","SerialNo":"serial-off","ReportStatus":"FAIL","Description":"DELIVRD_FAIL",
                     "SessionContext":"m-3"}]""");
        }
        JsonNode body = json.readTree(request.body());
        String phone = body.path("PhoneNumberSet").path(0).asString();
        String session = body.path("SessionContext").asString();
        return switch (phone) {
            case "+86" + THROTTLED -> response(
                    "\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"Your current request times equals to `limit`.\"}");
            case "+86" + ILLEGAL -> status(phone, "InvalidParameterValue.IncorrectPhoneNumber", "", 0);
            case "+8613912345670" -> status(phone, "Ok", "serial-" + session, 2);
            default -> status(phone, "Ok", "serial-" + session, 1);
        };
    }

    private static Answer status(String phone, String code, String serial, int fee) {
        return response("""
                "SendStatusSet":[{"SerialNo":"%s","PhoneNumber":"%s","Fee":%d,"SessionContext":"","Code":"%s",
                "Message":"send success","IsoCode":"CN"}]""".formatted(serial, phone, fee, code));
    }

    private static Answer response(String inner) {
        return new Answer(200, "{\"Response\":{" + inner + ",\"RequestId\":\"a0aabda6-cf91-4f3e-a1a5-a3b1d0b1e1f0\"}}");
    }
}
