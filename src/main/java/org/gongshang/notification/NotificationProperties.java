package org.gongshang.notification;

import java.time.Duration;

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
 * @param sms the HTTP SMS gateway; unused in demo mode, where SMS are shown at {@code /dev/sms}
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
     * A generic HTTP SMS gateway. Templates may use {@code {phone}}, {@code {text}}, {@code {id}}
     * (the outbox message id, for the gateway to drop repeats), {@code {username}} and
     * {@code {password}}; values are URL-encoded in the URL and escaped for JSON in a JSON body.
     *
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
            return "Sms[" + method + " " + urlTemplate + "]";
        }
    }

    /** @param from the sender address of emails */
    public record Email(@DefaultValue("noreply@gongshang.local") String from) {
    }
}
