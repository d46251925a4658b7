package org.gongshang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.gongshang.identity.IdentityProperties;
import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/** Registration attempts are limited per address and per phone, with the limits a real installation has. */
@GongshangTest
class RegistrationGuardTests {

    @Autowired
    RegistrationAttemptStore attempts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneAddressGetsTenAttemptsAnHourAndOnePhoneFive() {
        RegistrationGuard guard = new RegistrationGuard(attempts, defaults(), events, clock, transactions);
        String address = "198.51.100." + (1 + (int) (System.nanoTime() % 250));
        for (int i = 0; i < 10; i++) {
            guard.count(("phone-" + System.nanoTime()).getBytes(), address);
        }
        assertThatThrownBy(() -> guard.count(("phone-" + System.nanoTime()).getBytes(), address))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(DomainException.Kind.TOO_MANY));

        byte[] phone = ("phone-" + System.nanoTime()).getBytes();
        for (int i = 0; i < 5; i++) {
            guard.count(phone, null);
        }
        assertThatThrownBy(() -> guard.count(phone, null)).isInstanceOf(DomainException.class);
        clock.advance(Duration.ofMinutes(61));
        guard.count(phone, null);
    }

    private static IdentityProperties defaults() {
        return new IdentityProperties(Duration.ofMinutes(5), 3, Duration.ofSeconds(60), 20, 30, 10, 5, Duration.ofHours(1), 5, 30,
                Duration.ofSeconds(2), Duration.ofMinutes(15), null, Duration.ofHours(8), Duration.ZERO, Duration.ofHours(24));
    }
}
