package org.gongshang.member.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.gongshang.member.MemberProperties;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The signed token in a station's check-in QR code: the shift and the moment it stops being
 * valid (the shift's end), signed with HMAC-SHA256. The key is {@code gongshang.member.check-in.key}
 * when set, otherwise derived from the personal-data lookup key, so that every node of an
 * installation signs alike and nobody can make a token without the key.
 */
@Component
public class CheckInTokens {

    /** What a valid token says. */
    public record Claim(long shiftId, Instant validUntil) {
    }

    private final byte[] key;

    CheckInTokens(MemberProperties properties, PersonalDataCipher cipher) {
        String configured = properties.checkIn().key();
        this.key = configured == null || configured.isBlank() ? cipher.lookupHash("gongshang.member.check-in-token")
                : configured.getBytes(StandardCharsets.UTF_8);
    }

    public String issue(long shiftId, Instant validUntil) {
        String payload = shiftId + "." + validUntil.getEpochSecond();
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload));
    }

    /** The claim of a well-formed token with a right signature; its time is for the caller to check. */
    public Optional<Claim> read(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].length() > 19 || parts[1].length() > 19) {
            return Optional.empty();
        }
        try {
            long shiftId = Long.parseLong(parts[0]);
            long until = Long.parseLong(parts[1]);
            byte[] given = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(given, sign(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            return Optional.of(new Claim(shiftId, Instant.ofEpochSecond(until)));
        } catch (IllegalArgumentException | DateTimeException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
