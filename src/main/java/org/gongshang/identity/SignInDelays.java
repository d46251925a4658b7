package org.gongshang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.SignInFailureStore;
import org.gongshang.identity.internal.SignInFailureStore.Failures;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down instead of locking accounts: after a few failures of one name (or
 * from one address) within the window, each further try must wait twice as long as the last, up to
 * a maximum. Nobody can lock the owner out — not even of an administrator's account — and the owner
 * can always sign in with an SMS code. Failures are kept by the keyed hash of the account, or of
 * the name as typed when no account has it, so known and unknown names behave alike.
 */
@Component
class SignInDelays {

    private final SignInFailureStore failures;
    private final PersonalDataCipher cipher;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInDelays(SignInFailureStore failures, PersonalDataCipher cipher, IdentityProperties properties, Clock clock) {
        this.failures = failures;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Who the failures are counted against: the account if the name has one, else the name itself. */
    byte[] subject(Optional<AccountAggregate> account, String typedName) {
        return cipher.lookupHash(account.map(row -> "sign-in:account:" + row.requiredId())
                .orElseGet(() -> "sign-in:name:" + typedName.strip().toLowerCase()));
    }

    /** How long this subject or address must still wait before the next try; empty if it may try now. */
    Optional<Duration> waitFor(byte[] subject, @Nullable String ip) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.signInWindow());
        Duration bySubject = wait(failures.ofSubject(subject, since), properties.signInFreeFailures(), now);
        Duration byAddress = ip == null ? Duration.ZERO
                : wait(failures.ofAddress(ip, since), properties.signInFreeFailuresPerAddress(), now);
        Duration longer = bySubject.compareTo(byAddress) >= 0 ? bySubject : byAddress;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    void failed(byte[] subject, @Nullable String ip) {
        failures.record(subject, ip, clock.instant());
    }

    /** After a successful login, or when an administrator clears it. */
    void forget(AccountAggregate account) {
        failures.forget(subject(Optional.of(account), account.username()));
    }

    private Duration wait(Failures seen, int free, Instant now) {
        if (seen.count() < free || seen.last() == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(seen.count() - free, 30);
        Duration delay = properties.signInDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(properties.signInMaxDelay()) > 0) {
            delay = properties.signInMaxDelay();
        }
        Duration left = Duration.between(now, seen.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
