package org.gongshang.shared.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data with AES-256-GCM (a fresh 96-bit nonce per value, so equal values give
 * different ciphertexts) and hashes it with HMAC-SHA256 for exact lookups such as "is this phone
 * registered?". Ciphertext layout: version byte, nonce, ciphertext with tag.
 */
public class PersonalDataCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.encryptionKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** @throws IllegalStateException when the value was encrypted with another key or altered */
    public String decrypt(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
            throw new IllegalStateException("Not a personal-data ciphertext of version " + VERSION);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.encryptionKey(), new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed: wrong key or altered value", e);
        }
    }

    /** A keyed hash of the value, equal for equal values, for unique indexes and lookups. */
    public byte[] lookupHash(String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            return mac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
