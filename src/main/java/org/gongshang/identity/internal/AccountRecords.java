package org.gongshang.identity.internal;

import java.util.Optional;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts with their personal data in the stored form: ID numbers and phones encrypted, found by
 * keyed hash, kept masked for lists; passwords hashed. Every use case that writes an account's
 * personal data or password goes through here, so the three forms never disagree.
 */
@Component
public class AccountRecords {

    /** A new account's values in clear; {@code password} is the plain password. */
    public record Draft(String username, String password, String realName, @Nullable String idNumber, @Nullable String phone,
            @Nullable String email, @Nullable String residenceRegionCode, boolean mustChangePassword, boolean demoAccount) {

        @Override
        public String toString() {
            return "Draft[" + username + "]";
        }
    }

    private final AccountRepository accounts;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder passwords;

    AccountRecords(AccountRepository accounts, PersonalDataCipher cipher, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.passwords = passwords;
    }

    /** @return the new account's id */
    public long insert(Draft draft) {
        return insert(draft, passwords.encode(draft.password()));
    }

    /** With a password hashed beforehand, e.g. one hash for all demo accounts. */
    public long insert(Draft draft, String passwordHash) {
        String id = draft.idNumber();
        String phone = draft.phone();
        return accounts.save(AccountAggregate.open(draft.username(), passwordHash, draft.realName(),
                id == null ? null : new AccountAggregate.Sealed(cipher.encrypt(id), cipher.lookupHash(id), Masking.idNumber(id)),
                phone == null ? null : seal(phone), draft.email(), draft.residenceRegionCode(),
                draft.mustChangePassword(), draft.demoAccount())).requiredId();
    }

    /** @throws DomainException NOT_FOUND */
    public AccountAggregate get(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("identity.account.unknown", accountId));
    }

    public byte[] lookupHash(String value) {
        return cipher.lookupHash(value);
    }

    public Optional<AccountAggregate> byPhone(String phone) {
        return accounts.findByPhoneHash(cipher.lookupHash(phone));
    }

    public boolean phoneTaken(String phone) {
        return accounts.existsByPhoneHash(cipher.lookupHash(phone));
    }

    public Optional<AccountAggregate> byIdNumber(String idNumber) {
        return accounts.findByIdNumberHash(cipher.lookupHash(idNumber));
    }

    public boolean idNumberTaken(String idNumber) {
        return accounts.existsByIdNumberHash(cipher.lookupHash(idNumber));
    }

    /** The phone on record in full, or empty. */
    public Optional<String> phoneOf(AccountAggregate account) {
        return Optional.ofNullable(account.phoneCipher()).map(cipher::decrypt);
    }

    /**
     * Replaces the phone if it is still the one the caller read ({@code account}), so that two changes
     * at once cannot both pass their checks.
     */
    public boolean replacePhone(AccountAggregate account, String phone) {
        AccountAggregate.Sealed sealed = seal(phone);
        return accounts.replacePhone(account.requiredId(), account.phoneHash(), sealed.cipher(), sealed.hash(),
                sealed.masked()) == 1;
    }

    public void setPassword(long accountId, String password, boolean mustChange) {
        accounts.changePassword(accountId, passwords.encode(password), mustChange);
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

    private AccountAggregate.Sealed seal(String phone) {
        return new AccountAggregate.Sealed(cipher.encrypt(phone), cipher.lookupHash(phone), Masking.phone(phone));
    }
}
