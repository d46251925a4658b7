package org.gongshang.notification.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.notification.NotificationProperties;
import org.gongshang.notification.SmsGateway;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tencent Cloud SMS (API 3.0, 2021-01-11): SendSms with the kind's approved template and its
 * positional parameters, the outbox message id as SessionContext; receipts by PullSmsSendStatus,
 * which hands each status report out once (it must be enabled for the SMS application). Requests
 * are signed with TC3-HMAC-SHA256 ({@link Tc3Signature}).
 */
class TencentSmsGateway implements SmsGateway {

    static final String VERSION = "2021-01-11";
    static final String SERVICE = "sms";
    static final int PULL_LIMIT = 100;
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Codes about the message itself (错误码, cloud.tencent.com/document/api/382/59177): sending it again cannot succeed. */
    private static final Set<String> REJECTED = Set.of("FailedOperation.TemplateIncorrectOrUnapproved",
            "FailedOperation.SignatureIncorrectOrUnapproved", "FailedOperation.PhoneNumberInBlacklist",
            "FailedOperation.ContainSensitiveWord", "FailedOperation.PhoneNumberParseFail", "FailedOperation.JsonParseFail",
            "FailedOperation.TemplateParamSetNotMatchApprovedTemplate", "MissingParameter");
    private static final List<String> REJECTED_PREFIXES = List.of("InvalidParameterValue.", "InvalidParameter.",
            "UnsupportedOperation.");

    private final NotificationProperties.Tencent settings;
    private final SmsTemplates templates;
    private final ProviderHttp http;
    private final JsonMapper json;
    private final Clock clock;

    TencentSmsGateway(NotificationProperties.Tencent settings, SmsTemplates templates, ProviderHttp http, JsonMapper json,
            Clock clock) {
        if (blank(settings.secretId()) || blank(settings.secretKey()) || blank(settings.sdkAppId())) {
            throw new IllegalStateException(
                    "gongshang.notification.sms.tencent.secret-id, secret-key and sdk-app-id must be set for Tencent SMS");
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of("+86" + sms.phone()));
        body.put("SmsSdkAppId", settings.sdkAppId());
        body.put("SignName", templates.sign());
        body.put("TemplateId", filled.templateId());
        body.put("TemplateParamSet", filled.numbered());
        body.put("SessionContext", sms.messageId());
        JsonNode response = call("SendSms", body);
        JsonNode status = response.path("SendStatusSet").path(0);
        String code = status.path("Code").asString("");
        if (!"Ok".equals(code)) {
            String reason = "Tencent " + code + ": " + status.path("Message").asString("");
            throw rejected(code) ? new SmsRejected(reason) : new SmsNotSent(reason);
        }
        int fee = status.path("Fee").asInt(0);
        return new Handover(status.path("SerialNo").asString(null), fee > 0 ? fee : filled.parts(), "Ok");
    }

    @Override
    public List<Receipt> receipts(List<AwaitingReceipt> awaiting) {
        JsonNode response = call("PullSmsSendStatus", Map.of("Limit", PULL_LIMIT, "SmsSdkAppId", settings.sdkAppId()));
        List<Receipt> receipts = new ArrayList<>();
        for (JsonNode report : response.path("PullSmsSendStatusSet")) {
            String received = report.path("UserReceiveTime").asString("");
            receipts.add(new Receipt(report.path("SerialNo").asString(""), "SUCCESS".equals(report.path("ReportStatus").asString("")),
                    report.path("Description").asString(report.path("ReportStatus").asString("")),
                    received.isBlank() ? null : LocalDateTime.parse(received, RECEIVED).atZone(Zones.platform()).toInstant()));
        }
        return receipts;
    }

    @Override
    public boolean reportsReceipts() {
        return true;
    }

    /** The Response object; a request-level Error (signature, rate limit) is a failure to try again, or a rejection. */
    private JsonNode call(String action, Map<String, Object> body) {
        URI endpoint = URI.create(settings.endpoint());
        String payload = json.writeValueAsString(body);
        long timestamp = Instant.now(clock).getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", Tc3Signature.authorization(settings.secretId(), settings.secretKey(), SERVICE,
                ProviderHttp.hostHeader(endpoint), Tc3Signature.CONTENT_TYPE, payload, timestamp));
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Version", VERSION);
        headers.put("X-TC-Timestamp", String.valueOf(timestamp));
        headers.put("X-TC-Region", settings.region());
        JsonNode response = http.post(endpoint.resolve("/"), headers, Tc3Signature.CONTENT_TYPE, payload,
                answer -> json.readTree(answer).path("Response"));
        JsonNode error = response.path("Error");
        if (!error.isMissingNode()) {
            String code = error.path("Code").asString("");
            String reason = "Tencent " + code + ": " + error.path("Message").asString("");
            throw rejected(code) ? new SmsRejected(reason) : new SmsNotSent(reason);
        }
        return response;
    }

    private static boolean rejected(String code) {
        return REJECTED.contains(code) || REJECTED_PREFIXES.stream().anyMatch(code::startsWith);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TencentSmsGateway[" + URI.create(settings.endpoint()).getHost() + "]";
    }
}
