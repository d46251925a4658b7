package org.gongshang.notification.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aliyun SMS (短信服务, dysmsapi 2017-05-25): SendSms with the kind's approved template and its
 * named parameters, the outbox message id as OutId; receipts by QuerySendDetails, one query per
 * message (by phone, BizId and day). Requests are signed with ACS3-HMAC-SHA256 ({@link AcsSignature}).
 */
class AliyunSmsGateway implements SmsGateway {

    static final String VERSION = "2017-05-25";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(Zones.platform());
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Answers about the message itself: sending it again cannot succeed (API错误码, help.aliyun.com/document_detail/101346.html). */
    private static final Set<String> REJECTED = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.SMS_TEMPLATE_ILLEGAL",
            "isv.TEMPLATE_MISSING_PARAMETERS", "isv.INVALID_PARAMETERS", "isv.SMS_SIGNATURE_ILLEGAL", "isv.SMS_SIGN_ILLEGAL",
            "isv.SMS_CONTENT_ILLEGAL", "isv.SMS_SIGNATURE_SCENE_ILLEGAL", "isv.BLACK_KEY_CONTROL_LIMIT", "isv.PARAM_LENGTH_LIMIT",
            "isv.PARAM_NOT_SUPPORT_URL", "isv.INVALID_JSON_PARAM", "isv.DOMESTIC_NUMBER_NOT_SUPPORTED",
            "isv.MOBILE_COUNT_OVER_LIMIT", "isv.TEMPLATE_PARAMS_ILLEGAL", "isv.SIGN_STATE_ILLEGAL", "isv.TEMPLATE_STATE_ILLEGAL");

    private final NotificationProperties.Aliyun settings;
    private final SmsTemplates templates;
    private final ProviderHttp http;
    private final JsonMapper json;
    private final Clock clock;

    AliyunSmsGateway(NotificationProperties.Aliyun settings, SmsTemplates templates, ProviderHttp http, JsonMapper json,
            Clock clock) {
        if (blank(settings.accessKeyId()) || blank(settings.accessKeySecret())) {
            throw new IllegalStateException(
                    "gongshang.notification.sms.aliyun.access-key-id and access-key-secret must be set for Aliyun SMS");
        }
        this.settings = settings;
        this.templates = templates;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Handover send(Sms sms) {
        SmsTemplates.Filled filled = templates.fill(sms.kind(), sms.values());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("PhoneNumbers", sms.phone());
        query.put("SignName", templates.sign());
        query.put("TemplateCode", filled.templateId());
        query.put("TemplateParam", json.writeValueAsString(filled.named()));
        query.put("OutId", sms.messageId());
        JsonNode answer = call("SendSms", query);
        String code = answer.path("Code").asString("");
        if (!"OK".equals(code)) {
            String reason = "Aliyun " + code + ": " + answer.path("Message").asString("");
            throw REJECTED.contains(code) ? new SmsRejected(reason) : new SmsNotSent(reason);
        }
        return new Handover(answer.path("BizId").asString(null), filled.parts(), "OK");
    }

    @Override
    public List<Receipt> receipts(List<AwaitingReceipt> awaiting) {
        List<Receipt> receipts = new ArrayList<>();
        for (AwaitingReceipt message : awaiting) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("PhoneNumber", message.phone());
            query.put("BizId", message.providerId());
            query.put("SendDate", DAY.format(message.handedOverAt()));
            query.put("PageSize", "10");
            query.put("CurrentPage", "1");
            JsonNode answer = call("QuerySendDetails", query);
            if (!"OK".equals(answer.path("Code").asString(""))) {
                throw new SmsNotSent("Aliyun " + answer.path("Code").asString("") + ": " + answer.path("Message").asString(""));
            }
            for (JsonNode detail : answer.path("SmsSendDetailDTOs").path("SmsSendDetailDTO")) {
                int status = detail.path("SendStatus").asInt(1);
                if (status == 1) {
                    continue; // 等待回执: the carrier has not reported yet
                }
                receipts.add(new Receipt(message.providerId(), status == 3, detail.path("ErrCode").asString(""),
                        received(detail.path("ReceiveDate").asString(""))));
            }
        }
        return receipts;
    }

    @Override
    public boolean reportsReceipts() {
        return true;
    }

    private JsonNode call(String action, Map<String, String> query) {
        URI endpoint = URI.create(settings.endpoint());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", ProviderHttp.hostHeader(endpoint));
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", VERSION);
        headers.put("x-acs-date", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", AcsSignature.EMPTY_BODY_SHA256);
        String authorization = AcsSignature.authorization(settings.accessKeyId(), settings.accessKeySecret(), "POST", "/",
                query, headers, AcsSignature.EMPTY_BODY_SHA256);
        headers.remove("host"); // the HTTP client sends it from the URI, as signed
        headers.put("Authorization", authorization);
        URI uri = endpoint.resolve("/?" + AcsSignature.canonicalQuery(query));
        return http.post(uri, headers, null, "", response -> json.readTree(response));
    }

    private static @Nullable Instant received(String date) {
        return date.isBlank() ? null : LocalDateTime.parse(date, RECEIVED).atZone(Zones.platform()).toInstant();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "AliyunSmsGateway[" + URI.create(settings.endpoint()).getHost() + "]";
    }
}
