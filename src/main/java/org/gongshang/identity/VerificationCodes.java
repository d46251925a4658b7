package org.gongshang.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.identity.internal.CodeStore;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time SMS codes: 6 digits, valid 5 minutes, stored only as a keyed hash, void after 3 wrong
 * tries, at most one per phone per 60 seconds and 20 per phone per day, and at most 30 per IP
 * address per hour (all configurable in {@link IdentityProperties}).
 */
@Service
public class VerificationCodes {

    private final CodeStore codes;
    private final AccountRepository accounts;
    private final PersonalDataCipher cipher;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separateTransaction;
    private final SecureRandom random = new SecureRandom();

    VerificationCodes(CodeStore codes, AccountRepository accounts, PersonalDataCipher cipher, IdentityProperties properties,
            ApplicationEventPublisher events, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.codes = codes;
        this.accounts = accounts;
        this.cipher = cipher;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends a code to the phone, within the limits, and answers the same whether or not the phone has
     * an account, so that nobody can probe which phones are registered: for LOGIN and RESET a phone
     * without an account gets no SMS; for REGISTER a phone with an account gets, instead of a code,
     * an SMS telling its owner so.
     *
     * @param phone as typed; spaces and a +86 prefix are fine
     * @param ip the requester's address, for the per-address limit
     */
    @Transactional
    public void request(String phone, CodePurpose purpose, @Nullable String ip, Locale locale) {
        if (purpose == CodePurpose.SECOND_FACTOR || purpose == CodePurpose.PHONE_CHANGE) {
            throw DomainException.invalidField("purpose", "identity.code.purpose");
        }
        String number = MobileNumber.normalise(phone);
        if (!MobileNumber.isValid(number)) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        byte[] phoneHash = cipher.lookupHash(number);
        boolean registered = accounts.existsByPhoneHash(phoneHash);
        boolean send = purpose == CodePurpose.REGISTER ? !registered : registered;
        issue(number, phoneHash, purpose, ip, locale, send);
        if (purpose == CodePurpose.REGISTER && registered) {
            events.publishEvent(new PhoneAlreadyRegistered(UUID.randomUUID(), cipher.encrypt(number), language(locale)));
        }
    }

    /** Sends a second-factor code to an account's own phone, after its password was accepted. */
    @Transactional
    public void requestSecondFactor(String phone, @Nullable String ip, Locale locale) {
        sendTo(phone, CodePurpose.SECOND_FACTOR, ip, locale);
    }

    /**
     * Counts a request as if a code were sent, but sends none: for a phone that belongs to another
     * account, whose owner is told instead, so that the caller's answer does not differ.
     */
    @Transactional
    void sendNothingTo(String phone, CodePurpose purpose, @Nullable String ip, Locale locale) {
        byte[] phoneHash = cipher.lookupHash(phone);
        issue(phone, phoneHash, purpose, ip, locale, false);
        events.publishEvent(new PhoneAlreadyRegistered(UUID.randomUUID(), cipher.encrypt(phone), language(locale)));
    }

    /** Sends a code for a purpose the caller has already authorised (e.g. a signed-in phone change). */
    @Transactional
    void sendTo(String phone, CodePurpose purpose, @Nullable String ip, Locale locale) {
        issue(phone, cipher.lookupHash(phone), purpose, ip, locale, true);
    }

    private void issue(String number, byte[] phoneHash, CodePurpose purpose, @Nullable String ip, Locale locale, boolean send) {
        // Serialise requests for one phone, so that two at once cannot both pass the interval check.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(encode(:hash, 'hex'), 7310002))")
                .param("hash", phoneHash).query().singleValue();
        Instant now = clock.instant();
        if (ip != null && codes.countForAddressSince(ip, now.minus(Duration.ofHours(1))) >= properties.codesPerAddressPerHour()) {
            throw DomainException.tooMany("identity.code.address-limit");
        }
        var last = codes.lastRequestedAt(phoneHash);
        if (last.isPresent() && last.get().plus(properties.codeInterval()).isAfter(now)) {
            long wait = Duration.between(now, last.get().plus(properties.codeInterval())).toSeconds() + 1;
            throw DomainException.tooMany("identity.code.wait", wait);
        }
        Instant startOfDay = LocalDate.now(clock.withZone(Zones.platform())).atStartOfDay(Zones.platform()).toInstant();
        if (codes.countForPhoneSince(phoneHash, startOfDay) >= properties.codesPerPhonePerDay()) {
            throw DomainException.tooMany("identity.code.daily-limit", properties.codesPerPhonePerDay());
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        codes.insert(phoneHash, purpose.name(), hash(number, purpose, code), ip, now, now.plus(properties.codeValidity()));
        if (send) {
            events.publishEvent(new VerificationCodeIssued(UUID.randomUUID(), cipher.encrypt(number), purpose, cipher.encrypt(code),
                    properties.codeValidity(), language(locale)));
        }
    }

    /**
     * Checks a code. A wrong try is counted even when the caller's transaction fails afterwards,
     * so the limit of tries cannot be dodged.
     */
    public CodeCheck check(String phone, CodePurpose purpose, String code) {
        String number = MobileNumber.normalise(phone);
        String typed = code.strip();
        if (!MobileNumber.isValid(number) || !typed.matches("[0-9]{6}")) {
            return CodeCheck.WRONG;
        }
        byte[] phoneHash = cipher.lookupHash(number);
        return separateTransaction.execute(status -> {
            Instant now = clock.instant();
            var active = codes.latestActive(phoneHash, purpose.name(), now);
            if (active.isEmpty() || active.get().attempts() >= properties.codeMaxAttempts()) {
                return CodeCheck.VOID;
            }
            if (!MessageDigest.isEqual(active.get().codeHash(), hash(number, purpose, typed))) {
                codes.recordWrongAttempt(active.get().id());
                if (active.get().attempts() + 1 >= properties.codeMaxAttempts()) {
                    codes.expire(active.get().id(), now);
                }
                return CodeCheck.WRONG;
            }
            codes.markUsed(active.get().id(), now);
            return CodeCheck.ACCEPTED;
        });
    }

    /** Like {@link #check} but refuses anything but a correct code, naming the field. */
    public void require(String phone, CodePurpose purpose, String code) {
        CodeCheck result = check(phone, purpose, code);
        if (result != CodeCheck.ACCEPTED) {
            throw DomainException.invalidField("code", result.messageKey());
        }
    }

    private static String language(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "zh";
    }

    private byte[] hash(String phone, CodePurpose purpose, String code) {
        return cipher.lookupHash("code:" + phone + ":" + purpose.name() + ":" + code);
    }

    /**
     * Codes are evidence for the limits for a day; after a week they are only clutter. Run once a
     * night by one node (the persistent scheduler).
     */
    @Transactional
    public void forgetOldCodes() {
        codes.deleteOlderThan(clock.instant().minus(Duration.ofDays(7)));
    }
}
