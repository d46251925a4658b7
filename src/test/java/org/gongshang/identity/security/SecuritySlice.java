package org.gongshang.identity.security;

import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.gongshang.identity.Logins;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The project's real {@link SecurityConfiguration} (both filter chains, method security, CSRF,
 * the sign-in redirect, problem details for 401 and 403) for a web slice, with the collaborators
 * that would reach the database mocked. Tests sign in with {@code WebSlice.as(...)}, which sets the
 * principal directly, so none of these mocks is asked anything.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, SecurityProblems.class})
public class SecuritySlice {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Logins logins() {
        return mock(Logins.class);
    }

    @Bean
    SignedInAccounts signedInAccounts() {
        return mock(SignedInAccounts.class);
    }

    @Bean
    TokenIntrospector tokenIntrospector() {
        return mock(TokenIntrospector.class);
    }

    @Bean
    WebSignIn webSignIn() {
        return mock(WebSignIn.class);
    }
}
