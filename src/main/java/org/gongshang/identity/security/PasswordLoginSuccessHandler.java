package org.gongshang.identity.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Logins;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * After a correct password: accounts that need a second factor are held back and asked for the SMS
 * code; others are signed in, and sent to change an initial password first if they must.
 */
class PasswordLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final Logins logins;
    private final WebSignIn signIn;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    PasswordLoginSuccessHandler(Logins logins, WebSignIn signIn, Clock clock) {
        this.logins = logins;
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        SignedInAccount account = (SignedInAccount) authentication.getPrincipal();
        if (logins.needsSecondFactor(account.actor())) {
            signIn.holdForSecondFactor(account, clock.instant(), request, response,
                    RequestContextUtils.getLocale(request));
            response.sendRedirect(request.getContextPath() + "/login/verify");
            return;
        }
        SessionCredentials.remember(request.getSession(), account.credentialsVersion());
        logins.completed(account.accountId(), "password", request.getRemoteAddr());
        if (account.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }
}
