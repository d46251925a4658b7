package org.gongshang.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.VerificationCodeIssued;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.springframework.context.event.EventListener;

/** Remembers the one-time codes the application sends, as a phone would, for tests to type in. */
public class SentCodes {

    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final PersonalDataCipher cipher;

    SentCodes(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @EventListener
    void on(VerificationCodeIssued issued) {
        latest.put(cipher.decrypt(issued.phone()) + "/" + issued.purpose(), cipher.decrypt(issued.code()));
    }

    public Optional<String> latest(String phone, CodePurpose purpose) {
        return Optional.ofNullable(latest.get(phone + "/" + purpose));
    }

    public String require(String phone, CodePurpose purpose) {
        return latest(phone, purpose).orElseThrow(() -> new AssertionError("No " + purpose + " code was sent to " + phone));
    }
}
