package org.gongshang.identity;

import java.util.Locale;
import java.util.UUID;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.privacy.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone on record is where second factors and password-reset codes go, so whoever controls it
 * controls the account. An account without one enrols a phone with a code sent to it (at the second
 * factor step or on the account page). Replacing a phone needs a code sent to the <em>old</em> phone
 * as well as one sent to the new, or an administrator's reset with a reason; either way the old
 * phone is told. A number that belongs to another account is answered like any other (its owner
 * gets an SMS instead of a code), so this cannot be used to find out whose number is registered.
 */
@Service
public class PhoneChange {

    private final AccountRecords records;
    private final VerificationCodes codes;
    private final AccountScope scope;
    private final ApplicationEventPublisher events;

    PhoneChange(AccountRecords records, VerificationCodes codes, AccountScope scope, ApplicationEventPublisher events) {
        this.records = records;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    /** Sends a PHONE_CHANGE code to the phone on record, the first half of proving a change. */
    @Transactional
    public void sendCodeToCurrentPhone(long accountId, @Nullable String ip, Locale locale) {
        AccountAggregate account = records.get(accountId);
        account.requirePhoneOnRecord();
        String current = records.phoneOf(account).orElseThrow();
        codes.sendTo(current, CodePurpose.PHONE_CHANGE, ip, locale);
    }

    /**
     * Sends a code to the new phone: SECOND_FACTOR while enrolling at login, PHONE_CHANGE otherwise.
     * At the second-factor step only an account without a phone may name one.
     */
    @Transactional
    public void sendCodeToNewPhone(long accountId, String phone, CodePurpose purpose, @Nullable String ip, Locale locale) {
        AccountAggregate account = records.get(accountId);
        if (purpose == CodePurpose.SECOND_FACTOR) {
            account.requireNoPhone();
        }
        String number = valid(phone);
        if (records.byPhone(number).filter(other -> other.requiredId() != accountId).isPresent()) {
            codes.sendNothingTo(number, purpose, ip, locale);
            return;
        }
        codes.sendTo(number, purpose, ip, locale);
    }

    /**
     * An account without a phone records one, proven by the code sent to it. A wrong code is a
     * problem of the field {@code code} at the second-factor step, of {@code newCode} elsewhere
     * (the account page, the API), as the forms name them.
     */
    @Transactional
    public void enrol(long accountId, String phone, CodePurpose purpose, String code) {
        AccountAggregate account = records.get(accountId);
        account.requireNoPhone();
        String number = valid(phone);
        CodeCheck check = codes.check(number, purpose, code);
        if (check != CodeCheck.ACCEPTED) {
            throw DomainException.invalidField(purpose == CodePurpose.SECOND_FACTOR ? "code" : "newCode", check.messageKey());
        }
        replace(account, number, false);
    }

    /** Replaces the phone on record, with the codes sent to the phone on record and to the new one. */
    @Transactional
    public void change(long accountId, String phone, String currentCode, String newCode) {
        AccountAggregate account = records.get(accountId);
        account.requirePhoneOnRecord();
        String number = valid(phone);
        account.requireOtherThanPhoneOnRecord(records.lookupHash(number));
        String current = records.phoneOf(account).orElseThrow();
        CodeCheck first = codes.check(current, CodePurpose.PHONE_CHANGE, currentCode);
        if (first != CodeCheck.ACCEPTED) {
            throw DomainException.invalidField("currentCode", first.messageKey());
        }
        CodeCheck second = codes.check(number, CodePurpose.PHONE_CHANGE, newCode);
        if (second != CodeCheck.ACCEPTED) {
            throw DomainException.invalidField("newCode", second.messageKey());
        }
        replace(account, number, false);
    }

    /** An administrator sets the phone of someone who lost theirs, with a reason for the audit log. */
    @Transactional
    public void resetByAdministrator(long accountId, String phone, String reason, Actor by) {
        if (!by.isAdmin()) {
            throw DomainException.forbidden("identity.phone.reset-admin-only");
        }
        scope.requireActOn(by, accountId);
        if (reason == null || reason.strip().length() < 4 || reason.length() > 200) {
            throw DomainException.invalidField("reason", "identity.reveal.reason");
        }
        replace(records.get(accountId), valid(phone), true);
        events.publishEvent(AuditRecord.of("identity.phone-reset", by.accountId(), "account", accountId)
                .with("reason", reason.strip()));
    }

    private void replace(AccountAggregate account, String number, boolean byAdministrator) {
        long id = account.requiredId();
        if (records.byPhone(number).filter(other -> other.requiredId() != id).isPresent()) {
            // Only reachable with a code to that phone, i.e. by its owner: say it plainly.
            throw DomainException.invalidField("phone", "identity.phone.registered");
        }
        if (!records.replacePhone(account, number)) {
            throw DomainException.conflict("identity.phone.changed-meanwhile");
        }
        events.publishEvent(new PhoneChanged(UUID.randomUUID(), id, account.phoneCipher(), Masking.phone(number), byAdministrator));
        events.publishEvent(AuditRecord.of(account.hasPhone() ? "identity.phone-changed" : "identity.phone-enrolled",
                id, "account", id).with("byAdministrator", byAdministrator));
    }

    private static String valid(String phone) {
        String number = MobileNumber.normalise(phone);
        if (!MobileNumber.isValid(number)) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        return number;
    }
}
