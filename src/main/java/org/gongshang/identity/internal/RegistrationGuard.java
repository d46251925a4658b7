package org.gongshang.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.gongshang.identity.IdentityNumberReused;
import org.gongshang.identity.IdentityProperties;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limits on registration attempts, and what a refused attempt leaves behind: both written in a
 * transaction of their own, because the registration's transaction rolls back when it is refused.
 */
@Component
public class RegistrationGuard {

    private final RegistrationAttemptStore attempts;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separately;

    RegistrationGuard(RegistrationAttemptStore attempts, IdentityProperties properties, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @throws DomainException TOO_MANY beyond the attempts allowed per address or phone in an hour */
    public void count(byte[] phoneHash, @Nullable String ip) {
        separately.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Instant hourAgo = now.minus(Duration.ofHours(1));
            if (ip != null && attempts.countForAddressSince(ip, hourAgo) >= properties.registrationsPerAddressPerHour()) {
                throw DomainException.tooMany("identity.registration.address-limit");
            }
            if (attempts.countForPhoneSince(phoneHash, hourAgo) >= properties.registrationsPerPhonePerHour()) {
                throw DomainException.tooMany("identity.registration.phone-limit");
            }
            attempts.record(phoneHash, ip, now);
        });
    }

    /**
     * Audits the refusal, tells the holder of a taken ID number, and refuses with the one neutral
     * message that says neither which detail failed nor whether anyone holds it.
     */
    public DomainException refuse(String reason, @Nullable String ip, @Nullable Long holderId) {
        separately.executeWithoutResult(status -> {
            events.publishEvent(AuditRecord.of("identity.registration-refused", null, "account",
                    holderId == null ? "-" : holderId.toString()).with("reason", reason).with("ip", ip));
            if (holderId != null) {
                events.publishEvent(new IdentityNumberReused(UUID.randomUUID(), holderId, clock.instant()));
            }
        });
        return DomainException.invalid("identity.registration.not-possible");
    }

    /** Attempts count for an hour; a day later they are only clutter. */
    public void forgetOld() {
        attempts.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
    }
}
