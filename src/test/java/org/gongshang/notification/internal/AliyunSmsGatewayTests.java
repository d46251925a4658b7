package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.NotificationProperties.Provider;
import org.gongshang.notification.SmsGateway;
import org.gongshang.notification.SmsGateway.AwaitingReceipt;
import org.gongshang.notification.SmsGateway.Sms;
import org.gongshang.notification.SmsGateway.SmsNotSent;
import org.gongshang.notification.SmsGateway.SmsRejected;
import org.gongshang.notification.internal.FakeProvider.Answer;
import org.gongshang.notification.internal.FakeProvider.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Aliyun gateway against a local fake of dysmsapi that checks each request's ACS3 signature with
 * the test's secret and answers as Aliyun does: OK with a BizId, flow control, an illegal number.
 */
class AliyunSmsGatewayTests {

    static final String THROTTLED = "13800000001";
    static final String ILLEGAL = "13800000002";

    final JsonMapper json = JsonMapper.builder().build();
    final FakeProvider aliyun = new FakeProvider(this::answer);
    final SmsGateway gateway = SmsGatewayConfiguration.provider(
            SmsSettings.of(Provider.ALIYUN, SmsSettings.aliyunTemplates(), aliyun.endpoint()), json, Clock.systemUTC());

    @AfterEach
    void stop() {
        aliyun.close();
    }

    @Test
    void aCodeGoesOutAsTheKindsTemplateWithNamedParametersSignedAndTheMessageIdAsOutId() {
        var handover = gateway.send(new Sms("m-1", "13912345678", MessageKind.CODE, "【共商】您的登录验证码是 482913，5 分钟内有效。",
                Map.of("arg0", "登录", "arg1", "482913", "arg2", "5")));

        assertThat(handover.providerId()).isEqualTo("biz-m-1");
        assertThat(handover.parts()).isEqualTo(1);
        Request request = aliyun.received.getFirst();
        assertThat(request.header("x-acs-action")).isEqualTo("SendSms");
        assertThat(request.query()).containsEntry("PhoneNumbers", "13912345678").containsEntry("SignName", "共商")
                .containsEntry("TemplateCode", "SMS_200").containsEntry("OutId", "m-1")
                .containsEntry("TemplateParam", "{\"code\":\"482913\",\"minutes\":\"5\"}");
    }

    @Test
    void flowControlIsTriedAgainLater() {
        assertThatThrownBy(() -> gateway.send(notice(THROTTLED)))
                .isInstanceOf(SmsNotSent.class).isNotInstanceOf(SmsRejected.class)
                .hasMessageContaining("isv.BUSINESS_LIMIT_CONTROL").hasMessageNotContaining(THROTTLED);
    }

    @Test
    void anIllegalNumberIsRefusedForGood() {
        assertThatThrownBy(() -> gateway.send(notice(ILLEGAL)))
                .isInstanceOf(SmsRejected.class).hasMessageContaining("isv.MOBILE_NUMBER_ILLEGAL");
    }

    @Test
    void aWrongSecretIsAFailureToTryAgainNotADrop() {
        var settings = SmsSettings.of(Provider.ALIYUN, SmsSettings.aliyunTemplates(), aliyun.endpoint());
        var wrongKey = new NotificationProperties.Aliyun("test-key-id", "not-the-secret", aliyun.endpoint());
        SmsGateway misconfigured = new AliyunSmsGateway(wrongKey, SmsTemplates.of(settings, SmsTemplates.Placeholders.NAMED),
                new ProviderHttp(settings.timeout()), json, Clock.systemUTC());

        assertThatThrownBy(() -> misconfigured.send(notice("13912345678")))
                .isInstanceOf(SmsNotSent.class).isNotInstanceOf(SmsRejected.class).hasMessageContaining("SignatureDoesNotMatch");
    }

    @Test
    void receiptsAreQueriedPerMessageAndReadAsDeliveredOrNot() {
        Instant handedOver = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var receipts = gateway.receipts(List.of(new AwaitingReceipt("m-2", "13912345678", "biz-ok", handedOver),
                new AwaitingReceipt("m-3", "13912345679", "biz-off", handedOver),
                new AwaitingReceipt("m-4", "13912345670", "biz-waiting", handedOver)));

        assertThat(receipts).extracting(SmsGateway.Receipt::providerId, SmsGateway.Receipt::delivered, SmsGateway.Receipt::detail)
                .containsExactly(tuple("biz-ok", true, "DELIVERED"),
                        tuple("biz-off", false, "MK:0001"));
        assertThat(aliyun.received).allSatisfy(r -> assertThat(r.header("x-acs-action")).isEqualTo("QuerySendDetails"));
        assertThat(aliyun.received.getFirst().query()).containsEntry("BizId", "biz-ok").containsEntry("PhoneNumber", "13912345678")
                .containsKey("SendDate");
    }

    private static Sms notice(String phone) {
        return new Sms("m-9", phone, MessageKind.OUTCOME, "【共商】协商成果已答复：…", Map.of("title", "协商成果已答复"));
    }

    /** What dysmsapi answers, after checking the signature as Aliyun does. */
    private Answer answer(Request request) {
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", request.header("Host"));
        for (String name : List.of("x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256")) {
            signed.put(name, request.header(name));
        }
        String expected = AcsSignature.authorization("test-key-id", "test-key-secret", request.method(), request.path(),
                request.query(), signed, Hashes.sha256Hex(request.body()));
        if (!expected.equals(request.header("Authorization"))
                || !AliyunSmsGateway.VERSION.equals(request.header("x-acs-version"))) {
            return new Answer(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched\"}");
        }
        if (request.header("x-acs-action").equals("QuerySendDetails")) {
            return switch (request.query().get("BizId")) {
                case "biz-ok" -> details(3, "DELIVERED", "2026-12-07 10:00:05");
                case "biz-off" -> details(2, "MK:0001", "2026-12-07 10:00:07");
                default -> details(1, "", "");
            };
        }
        return switch (request.query().get("PhoneNumbers")) {
            case THROTTLED -> new Answer(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控Permits:1\"}");
            case ILLEGAL -> new Answer(200, "{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\"}");
            default -> new Answer(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"biz-" + request.query().get("OutId")
                    + "\",\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\"}");
        };
    }

    private static Answer details(int status, String code, String received) {
        return new Answer(200, """
                {"Code":"OK","Message":"OK","TotalCount":1,"SmsSendDetailDTOs":{"SmsSendDetailDTO":[
                {"SendStatus":%d,"ErrCode":"%s","ReceiveDate":"%s","SendDate":"2026-12-07 10:00:01","TemplateCode":"SMS_104"}]}}"""
                .formatted(status, code, received));
    }
}
