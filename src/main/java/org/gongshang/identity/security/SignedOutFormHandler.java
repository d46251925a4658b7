package org.gongshang.identity.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.web.SignInRedirect;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form or htmx button pressed without a valid CSRF token by someone not signed in (the token's
 * cookie is gone with the browser's session, or was never there) is a signed-out person, not a
 * forbidden act: they are sent to log in (the whole page, for htmx) rather than shown "forbidden".
 * Everything else keeps the plain 403 page. (A page left open after only the session ended still
 * has its token's cookie; its request fails the login check instead and goes the same way.)
 */
final class SignedOutFormHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    private final SignInRedirect signIn = new SignInRedirect();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !SignInRedirect.signedIn()) {
            signIn.redirect(request, response);
            return;
        }
        forbidden.handle(request, response, denied);
    }
}
