package org.gongshang.identity.internal;

import java.util.Arrays;
import java.util.Objects;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account as it is kept: personal data only in its stored forms (encrypted, keyed hash for
 * lookups, masked for lists), which {@link AccountRecords} makes; the password only hashed. Each
 * change checks its rule and returns the new state; {@link AccountRepository} stores it. The
 * moments of creation and of the last login are the database's (columns this record leaves alone),
 * read by {@code Accounts}.
 *
 * @param credentialsVersion raised by every password change or reset; sessions and tokens of an older one end
 * @param demoAccount one of the demo accounts with the published password
 * @param version optimistic lock: a change based on an outdated read fails instead of undoing another
 */
@Table("account")
public record AccountAggregate(@Id @Nullable Long id, String username, String passwordHash, String realName,
        byte @Nullable [] idNumberCipher, byte @Nullable [] idNumberHash, @Nullable String idNumberMasked,
        byte @Nullable [] phoneCipher, byte @Nullable [] phoneHash, @Nullable String phoneMasked,
        @Nullable String email, @Nullable String residenceRegionCode, boolean realNameVerified, boolean enabled,
        boolean mustChangePassword, int credentialsVersion, boolean demoAccount, @Version @Nullable Long version) {

    /** Personal data in the forms it is kept in; made by {@link AccountRecords}, never from clear text here. */
    public record Sealed(byte[] cipher, byte[] hash, String masked) {

        @Override
        public String toString() {
            return "Sealed[" + masked + "]";
        }
    }

    /**
     * A new, enabled account.
     *
     * @param mustChangePassword for accounts opened by someone else, whose holder sets their own password first
     */
    static AccountAggregate open(String username, String passwordHash, String realName, @Nullable Sealed idNumber,
            @Nullable Sealed phone, @Nullable String email, @Nullable String residenceRegionCode, boolean mustChangePassword,
            boolean demoAccount) {
        return new AccountAggregate(null, username, passwordHash, realName,
                idNumber == null ? null : idNumber.cipher(), idNumber == null ? null : idNumber.hash(),
                idNumber == null ? null : idNumber.masked(),
                phone == null ? null : phone.cipher(), phone == null ? null : phone.hash(), phone == null ? null : phone.masked(),
                email, residenceRegionCode, idNumber != null, true, mustChangePassword, 0, demoAccount, null);
    }

    public long requiredId() {
        return Objects.requireNonNull(id, "a stored account has its id");
    }

    public boolean hasPhone() {
        return phoneCipher != null;
    }

    /** Demo accounts keep a published password (and published phones): outside demo mode they open nothing. */
    public boolean mayLogIn(boolean demoMode) {
        return demoMode || !demoAccount;
    }

    /** @throws DomainException CONFLICT for one's own account, which would lock its holder out with no one to let them in */
    public AccountAggregate disabledBy(long actorId) {
        if (actorId == requiredId()) {
            throw DomainException.conflict("identity.account.disable-self");
        }
        return withEnabled(false);
    }

    public AccountAggregate enabledAgain() {
        return withEnabled(true);
    }

    /** The holder's own email and residence, both already checked and normalised (null for none). */
    public AccountAggregate withProfile(@Nullable String newEmail, @Nullable String newResidence) {
        return new AccountAggregate(id, username, passwordHash, realName, idNumberCipher, idNumberHash, idNumberMasked,
                phoneCipher, phoneHash, phoneMasked, newEmail, newResidence, realNameVerified, enabled, mustChangePassword,
                credentialsVersion, demoAccount, version);
    }

    /**
     * Only an account without a phone names one with nothing but a code sent to it: otherwise whoever
     * knows the password could take the phone over, and with it every reset code.
     *
     * @throws DomainException FORBIDDEN when a phone is on record
     */
    public void requireNoPhone() {
        if (hasPhone()) {
            throw DomainException.forbidden("identity.phone.enrol-only-without");
        }
    }

    /**
     * Replacing a phone needs one on record (an account without one enrols a phone instead).
     *
     * @throws DomainException INVALID without a phone on record
     */
    public void requirePhoneOnRecord() {
        if (!hasPhone()) {
            throw DomainException.invalid("identity.phone.none-on-record");
        }
    }

    /**
     * A replacement is another number than the one on record.
     *
     * @param newPhoneHash the keyed hash of the new number
     * @throws DomainException INVALID at {@code phone} for the same number
     */
    public void requireOtherThanPhoneOnRecord(byte[] newPhoneHash) {
        if (Arrays.equals(phoneHash, newPhoneHash)) {
            throw DomainException.invalidField("phone", "identity.phone.same");
        }
    }

    private AccountAggregate withEnabled(boolean newEnabled) {
        return new AccountAggregate(id, username, passwordHash, realName, idNumberCipher, idNumberHash, idNumberMasked,
                phoneCipher, phoneHash, phoneMasked, email, residenceRegionCode, realNameVerified, newEnabled,
                mustChangePassword, credentialsVersion, demoAccount, version);
    }

    @Override
    public String toString() {
        return "AccountAggregate[" + id + ", " + username + "]";
    }
}
