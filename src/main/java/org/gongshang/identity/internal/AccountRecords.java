package org.gongshang.identity.internal;

import java.util.Optional;

import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Account rows with their personal data in the stored form: ID numbers and phones encrypted, found
 * by keyed hash, kept masked for lists; passwords hashed. Every use case that writes an account's
 * personal data goes through here, so the three forms never disagree.
 */
@Component
public class AccountRecords {

    /** A new account's values in clear; {@code password} is the plain password. */
    public record Draft(String username, String password, String realName, @Nullable String idNumber, @Nullable String phone,
            @Nullable String email, @Nullable String residenceRegionCode, boolean realNameVerified, boolean mustChangePassword,
            boolean demoAccount) {

        @Override
        public String toString() {
            return "Draft[" + username + "]";
        }
    }

    private final AccountStore store;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder passwords;

    AccountRecords(AccountStore store, PersonalDataCipher cipher, PasswordEncoder passwords) {
        this.store = store;
        this.cipher = cipher;
        this.passwords = passwords;
    }

    public long insert(Draft draft) {
        String id = draft.idNumber();
        String phone = draft.phone();
        return store.insert(new AccountStore.NewAccount(draft.username(), passwords.encode(draft.password()), draft.realName(),
                id == null ? null : cipher.encrypt(id), id == null ? null : cipher.lookupHash(id),
                id == null ? null : Masking.idNumber(id),
                phone == null ? null : cipher.encrypt(phone), phone == null ? null : cipher.lookupHash(phone),
                phone == null ? null : Masking.phone(phone), draft.email(), draft.residenceRegionCode(),
                draft.realNameVerified(), draft.mustChangePassword(), draft.demoAccount()));
    }

    public byte[] lookupHash(String value) {
        return cipher.lookupHash(value);
    }

    public Optional<AccountRow> byPhone(String phone) {
        return store.findByPhoneHash(cipher.lookupHash(phone));
    }

    public boolean phoneTaken(String phone) {
        return store.existsByPhoneHash(cipher.lookupHash(phone));
    }

    public Optional<AccountRow> byIdNumber(String idNumber) {
        return store.findByIdNumberHash(cipher.lookupHash(idNumber));
    }

    public boolean idNumberTaken(String idNumber) {
        return store.existsByIdNumberHash(cipher.lookupHash(idNumber));
    }

    /** The phone on record in full, or empty. */
    public Optional<String> phoneOf(AccountRow row) {
        return Optional.ofNullable(row.phoneCipher()).map(cipher::decrypt);
    }

    /**
     * Replaces the phone if it is still the one the caller read ({@code row}), so that two changes at
     * once cannot both pass their checks.
     */
    public boolean replacePhone(AccountRow row, String phone) {
        byte[] expected = row.phoneCipher() == null ? null : cipher.lookupHash(cipher.decrypt(row.phoneCipher()));
        return store.replacePhone(row.id(), expected, cipher.encrypt(phone), cipher.lookupHash(phone), Masking.phone(phone));
    }

    public void setPassword(long accountId, String password, boolean mustChange) {
        store.changePassword(accountId, passwords.encode(password), mustChange);
    }

    /** Compares in the encoder's constant time; pass a decoy hash for unknown names, so both take as long. */
    public boolean passwordMatches(String passwordHash, String password) {
        return passwords.matches(password, passwordHash);
    }

    public byte[] encrypt(String value) {
        return cipher.encrypt(value);
    }

    public String decrypt(byte[] value) {
        return cipher.decrypt(value);
    }
}
