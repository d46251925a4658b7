package org.gongshang.shared.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key for personal data and the two keys derived from it: one to encrypt (AES-256-GCM),
 * one to hash for lookups (HMAC-SHA256). Separate keys so that the lookup hash reveals nothing
 * about the ciphertexts and either use can be audited on its own.
 */
public final class PersonalDataKeys {

    static final int KEY_BYTES = 32;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;

    private PersonalDataKeys(byte[] master) {
        if (master.length != KEY_BYTES) {
            throw new IllegalArgumentException("The personal-data key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes)");
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "gongshang personal data encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "gongshang personal data lookup"), "HmacSHA256");
    }

    public static PersonalDataKeys fromBase64(String master) {
        return new PersonalDataKeys(Base64.getDecoder().decode(master.strip()));
    }

    /**
     * Reads the key file, creating it with a new random key if missing; the file is readable by its
     * owner only and so is its directory.
     */
    public static PersonalDataKeys fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    PrivateFiles.create(file, Base64.getEncoder().encodeToString(key) + "\n");
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // Another process made it first: its key is the one to use.
                }
            }
            return fromBase64(PrivateFiles.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data key file " + file, e);
        }
    }

    SecretKeySpec encryptionKey() {
        return encryptionKey;
    }

    SecretKeySpec lookupKey() {
        return lookupKey;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
