package org.gongshang.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Hands one SMS to a provider. The outbox may hand the same message over again when it could not
 * record the first success: gateways pass {@link Sms#messageId()} on, so that a provider that
 * deduplicates drops the repeat, and one that does not (Aliyun, Tencent) shows it in its records.
 */
public interface SmsGateway {

    /**
     * @return what the provider answered, recorded on the outbox message
     * @throws SmsNotSent when the provider could not take it now (down, throttled); the outbox tries again later
     * @throws SmsRejected when the provider refused this message for good (invalid number, template
     *     refused); it is not tried again
     */
    Handover send(Sms sms);

    /**
     * Delivery receipts (status reports) of messages the provider accepted. Providers that pull
     * receipts by message ask for those given; others return whatever arrived, matched by provider id.
     */
    default List<Receipt> receipts(List<AwaitingReceipt> awaiting) {
        return List.of();
    }

    /** Whether {@link #receipts} can return anything, so that nothing is read from the outbox for nothing. */
    default boolean reportsReceipts() {
        return false;
    }

    /**
     * One SMS as the outbox holds it.
     *
     * @param text the whole text, for gateways that take a text (the generic HTTP gateway, demo mode)
     * @param values the named values that providers' templates take: {@code title}, {@code body},
     *     {@code link}, {@code arg0}, {@code arg1}, ... (see configuration.md)
     */
    record Sms(String messageId, String phone, MessageKind kind, String text, Map<String, String> values) {
    }

    /**
     * @param providerId the provider's id of the message (Aliyun BizId, Tencent SerialNo), which its receipts name
     * @param parts how many SMS the provider bills for it
     * @param answer the provider's answer in short, e.g. {@code OK}
     */
    record Handover(@Nullable String providerId, int parts, String answer) {
    }

    /** A message handed over that has no receipt yet. */
    record AwaitingReceipt(String messageId, String phone, String providerId, Instant handedOverAt) {
    }

    /**
     * @param detail the provider's status code, e.g. {@code DELIVERED}, {@code MK:0001}
     * @param at when the phone received it, as the provider says, or null
     */
    record Receipt(String providerId, boolean delivered, String detail, @Nullable Instant at) {
    }

    /** A failed hand-over to be tried again; the message says why, without the phone or the text. */
    class SmsNotSent extends RuntimeException {

        public SmsNotSent(String reason) {
            super(reason);
        }

        public SmsNotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The provider refused the message itself: trying again cannot help. */
    class SmsRejected extends SmsNotSent {

        public SmsRejected(String reason) {
            super(reason);
        }
    }
}
