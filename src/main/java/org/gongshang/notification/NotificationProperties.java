package org.gongshang.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are sent.
 *
 * @param retryBaseDelay the wait before the second try; it doubles with every further try
 * @param retryMaxDelay the longest wait between two tries
 * @param maxAttempts tries before a message is given up (FAILED, listed for admins)
 * @param dispatchInterval how often the outbox is searched for due messages (one node at a time)
 * @param dispatchBatch at most this many messages per run, so that one run never holds on for long
 * @param sms the SMS provider; unused in demo mode, where SMS are shown at {@code /dev/sms}
 * @param email email, sent over SMTP when {@code spring.mail.host} is set
 */
@ConfigurationProperties("gongshang.notification")
public record NotificationProperties(
        @DefaultValue("PT30S") Duration retryBaseDelay,
        @DefaultValue("PT2H") Duration retryMaxDelay,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("50") int dispatchBatch,
        @DefaultValue Sms sms,
        @DefaultValue Email email) {

    /**
     * The SMS provider: a generic HTTP gateway, Aliyun SMS or Tencent Cloud SMS. The generic
     * gateway's templates may use {@code {phone}}, {@code {text}}, {@code {id}} (the outbox message
     * id, for the gateway to drop repeats), {@code {username}} and {@code {password}}; values are
     * URL-encoded in the URL and escaped for JSON in a JSON body. Aliyun and Tencent send approved
     * templates instead of texts: one per kind of message, all kinds required.
     *
     * @param provider HTTP (the generic gateway below), ALIYUN or TENCENT
     * @param signName the approved sign (签名) of the templates, without 【】
     * @param templates the approved template of each kind of message
     * @param parameterMaxLength a template value longer than this is cut (Tencent allows 12 characters a value)
     * @param receiptInterval how often delivery receipts are fetched from the provider (one node at a time)
     * @param receiptWindow receipts are asked for messages handed over this long ago at most
     * @param urlTemplate e.g. {@code https://sms.example/send?to={phone}&text={text}&id={id}}; unset: SMS fail until configured
     * @param method GET or POST
     * @param bodyTemplate the request body for POST, or null for none
     * @param contentType of the body
     * @param authHeaderName e.g. {@code Authorization}
     * @param authHeaderValue e.g. {@code Bearer ...}; no header when unset
     * @param successPattern a regular expression the answer must contain for the SMS to count as
     *     sent (for providers that answer 200 with an error code); unset: any 2xx answer
     * @param timeout for connecting and for the answer
     */
    public record Sms(
            @DefaultValue("HTTP") Provider provider,
            @Nullable String signName,
            @DefaultValue Map<MessageKind, SmsTemplate> templates,
            @DefaultValue("12") int parameterMaxLength,
            @DefaultValue Aliyun aliyun,
            @DefaultValue Tencent tencent,
            @DefaultValue("PT1M") Duration receiptInterval,
            @DefaultValue("P2D") Duration receiptWindow,
            @Nullable String urlTemplate,
            @DefaultValue("GET") String method,
            @Nullable String bodyTemplate,
            @DefaultValue("application/json") String contentType,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("Authorization") String authHeaderName,
            @Nullable String authHeaderValue,
            @Nullable String successPattern,
            @DefaultValue("PT10S") Duration timeout) {

        @Override
        public String toString() {
            return provider == Provider.HTTP ? "Sms[" + method + " " + urlTemplate + "]" : "Sms[" + provider + "]";
        }
    }

    public enum Provider {
        HTTP, ALIYUN, TENCENT
    }

    /**
     * An approved template (模板) of the provider.
     *
     * @param id Aliyun's TemplateCode (e.g. {@code SMS_123456789}) or Tencent's TemplateId (e.g. {@code 1234567})
     * @param text the template's approved text as the provider's console shows it, with Aliyun's
     *     {@code ${name}} or Tencent's {@code {1}} placeholders: checked against the parameters at start,
     *     and filled in to count the parts an SMS is billed as
     * @param parameters what each placeholder is filled with, in order: {@code name=source} for Aliyun,
     *     {@code source} for Tencent, where the source is {@code title}, {@code body}, {@code link},
     *     {@code text} or {@code arg0}...{@code arg9} (the notice's arguments)
     */
    public record SmsTemplate(@Nullable String id, @Nullable String text, @DefaultValue List<String> parameters) {
    }

    /**
     * Aliyun SMS (dysmsapi, API version 2017-05-25), requests signed with ACS3-HMAC-SHA256.
     *
     * @param endpoint e.g. {@code https://dysmsapi.aliyuncs.com}
     */
    public record Aliyun(@Nullable String accessKeyId, @Nullable String accessKeySecret,
            @DefaultValue("https://dysmsapi.aliyuncs.com") String endpoint) {

        @Override
        public String toString() {
            return "Aliyun[" + endpoint + "]";
        }
    }

    /**
     * Tencent Cloud SMS (API 3.0, version 2021-01-11), requests signed with TC3-HMAC-SHA256.
     *
     * @param sdkAppId the SMS application's SdkAppId, e.g. {@code 1400006666}
     * @param region e.g. {@code ap-guangzhou}
     */
    public record Tencent(@Nullable String secretId, @Nullable String secretKey, @Nullable String sdkAppId,
            @DefaultValue("ap-guangzhou") String region, @DefaultValue("https://sms.tencentcloudapi.com") String endpoint) {

        @Override
        public String toString() {
            return "Tencent[" + endpoint + "]";
        }
    }

    /** @param from the sender address of emails */
    public record Email(@DefaultValue("noreply@gongshang.local") String from) {
    }
}
