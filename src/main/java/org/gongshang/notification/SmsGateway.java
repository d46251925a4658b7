package org.gongshang.notification;

/**
 * Hands one SMS to a provider. Implementations must treat {@code messageId} as an idempotency key:
 * the outbox may hand the same message over again when it could not record the first success.
 */
public interface SmsGateway {

    /** @throws SmsNotSent when the provider refused or could not be reached; the outbox tries again later */
    void send(String messageId, String phone, String text);

    /** A failed hand-over; the message says why, without the phone or the text. */
    class SmsNotSent extends RuntimeException {

        public SmsNotSent(String reason) {
            super(reason);
        }

        public SmsNotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
