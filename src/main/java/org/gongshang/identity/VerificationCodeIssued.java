package org.gongshang.identity;

import java.time.Duration;
import java.util.UUID;

/**
 * A one-time code is to be sent by SMS. The notification module sends it at once, through the
 * outbox, and forgets the text once sent. Phone and code travel encrypted with the personal-data
 * key ({@code PersonalDataCipher}): events wait in the event publication table until handled, and
 * a reader of the database must not find codes there.
 *
 * @param id names this code's message, so that it is sent once even if the event is handled twice
 * @param phone the phone number, encrypted
 * @param code the code, encrypted
 * @param language the language of the request that asked for it, {@code zh} or {@code en}
 */
public record VerificationCodeIssued(UUID id, byte[] phone, CodePurpose purpose, byte[] code, Duration validity, String language) {

    @Override
    public String toString() {
        return "VerificationCodeIssued[" + purpose + "]";
    }
}
