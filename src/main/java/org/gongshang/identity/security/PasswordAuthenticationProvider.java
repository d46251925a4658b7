package org.gongshang.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.identity.LoginOutcome;
import org.gongshang.identity.Logins;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The login form's password check, with the delays of {@link Logins}. */
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final Logins logins;
    private final SignedInAccounts accounts;

    PasswordAuthenticationProvider(Logins logins, SignedInAccounts accounts) {
        this.logins = logins;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        String password = String.valueOf(authentication.getCredentials());
        LoginOutcome outcome = logins.withPassword(username, password, clientAddress());
        return switch (outcome) {
            case LoginOutcome.Success success -> accounts.load(success.accountId())
                    .map(account -> UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()))
                    .orElseThrow(() -> new LoginFailure("identity.login.disabled"));
            case LoginOutcome.BadCredentials bad -> throw new LoginFailure("identity.login.bad-credentials");
            case LoginOutcome.Delayed delayed -> throw new LoginFailure("identity.login.delayed", delayed.secondsLeft());
            case LoginOutcome.Disabled disabled -> throw new LoginFailure("identity.login.disabled");
        };
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
