package org.gongshang.identity;

import java.time.Duration;

/**
 * A one-time code is to be sent by SMS. The notification module sends it at once, through the
 * outbox, and forgets the text once sent.
 *
 * @param language the language of the request that asked for it, {@code zh} or {@code en}
 */
public record VerificationCodeIssued(String phone, CodePurpose purpose, String code, Duration validity, String language) {

    @Override
    public String toString() {
        return "VerificationCodeIssued[" + org.gongshang.shared.privacy.Masking.phone(phone) + ", " + purpose + "]";
    }
}
