package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.identity.internal.DemoPassword;
import org.gongshang.identity.internal.RoleGrantRepository;
import org.gongshang.identity.internal.SetupTokenStore;
import org.gongshang.region.Organizations;
import org.gongshang.shared.demo.DemoMode;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo accounts' published password opens nothing outside demo mode, even if their rows reached a
 * real installation, and a real installation opens no account with it.
 */
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

    @Autowired
    RoleGrantRepository grants;

    @Autowired
    SetupTokenStore setupTokens;

    @Autowired
    AccountChecks checks;

    @Autowired
    AccountScope scope;

    @Autowired
    Organizations organizations;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoPassword demoPassword;

    @Autowired
    Actors actors;

    @Test
    void theDemoAdministratorsPublishedPasswordIsRefused() {
        DemoMode off = mock(DemoMode.class);
        when(off.isOn()).thenReturn(false);
        Logins realInstallation = new Logins(store, records, codes, delays, properties, off, events, passwords);
        Logins demo = new Logins(store, records, codes, delays, properties, mock(DemoMode.class, invocation -> true),
                events, passwords);

        assertThat(realInstallation.withPassword("admin", "gongshang-demo", "192.0.2.7")).isInstanceOf(LoginOutcome.BadCredentials.class);
        assertThat(demo.withPassword("admin", "gongshang-demo", "192.0.2.8")).isInstanceOf(LoginOutcome.Success.class);
        // The demo members, opened through openDemo with the same password, are demo accounts too.
        assertThat(realInstallation.withPassword("demo-member-1", "gongshang-demo", "192.0.2.9"))
                .isInstanceOf(LoginOutcome.BadCredentials.class);
        assertThat(demo.withPassword("demo-member-1", "gongshang-demo", "192.0.2.10")).isInstanceOf(LoginOutcome.Success.class);
    }

    @Test
    void aRealInstallationOpensNoAccountWithThePublishedPassword() {
        DemoMode off = mock(DemoMode.class);
        when(off.isOn()).thenReturn(false);
        AccountOpening opening = new AccountOpening(records, grants, setupTokens, checks, scope, organizations, accounts, events,
                off, demoPassword);
        Actor admin = actors.of(accounts.findByUsername("admin").orElseThrow().id());
        NewAccount member = new NewAccount("never-opened", "王五", null, null, null, Role.MEMBER, null, null);

        assertThatThrownBy(() -> opening.openDemo(member, admin)).isInstanceOf(IllegalStateException.class);
        assertThat(store.existsByLoginName("never-opened")).isFalse();
    }
}
