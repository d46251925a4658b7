package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.shared.demo.DemoMode;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts' published password opens nothing outside demo mode, even if their rows reached a real installation. */
@GongshangTest
class DemoAccountsOutsideDemoTests {

    @Autowired
    AccountRepository store;

    @Autowired
    AccountRecords records;

    @Autowired
    VerificationCodes codes;

    @Autowired
    SignInDelays delays;

    @Autowired
    IdentityProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theDemoAdministratorsPublishedPasswordIsRefused() {
        DemoMode off = mock(DemoMode.class);
        when(off.isOn()).thenReturn(false);
        Logins realInstallation = new Logins(store, records, codes, delays, properties, off, events, passwords);
        Logins demo = new Logins(store, records, codes, delays, properties, mock(DemoMode.class, invocation -> true),
                events, passwords);

        assertThat(realInstallation.withPassword("admin", "gongshang-demo", "192.0.2.7")).isInstanceOf(LoginOutcome.BadCredentials.class);
        assertThat(demo.withPassword("admin", "gongshang-demo", "192.0.2.8")).isInstanceOf(LoginOutcome.Success.class);
    }
}
