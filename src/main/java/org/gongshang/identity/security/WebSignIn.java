package org.gongshang.identity.security;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Logins;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.shared.DomainException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs an account in to the page session, after every factor it needs was checked. */
@Component
public class WebSignIn {

    private final SecurityContextRepository repository;
    private final SignedInAccounts accounts;
    private final Logins logins;
    private final VerificationCodes codes;

    WebSignIn(SecurityContextRepository repository, SignedInAccounts accounts, Logins logins, VerificationCodes codes) {
        this.repository = repository;
        this.accounts = accounts;
        this.logins = logins;
        this.codes = codes;
    }

    /** @param method how the account proved itself, for the audit log */
    public SignedInAccount signIn(long accountId, String method, HttpServletRequest request, HttpServletResponse response) {
        SignedInAccount account = accounts.load(accountId).orElseThrow(() -> DomainException.forbidden("identity.login.disabled"));
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation across the login
        }
        request.getSession().removeAttribute(PendingSecondFactor.SESSION_KEY);
        SessionCredentials.remember(request.getSession(), account.credentialsVersion());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        logins.completed(accountId, method, request.getRemoteAddr());
        return account;
    }

    /** Forgets a half-done login: the password was right, but the second factor is still due. */
    public void holdForSecondFactor(SignedInAccount account, Instant now, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        repository.saveContext(empty, request, response);
        request.getSession().setAttribute(PendingSecondFactor.SESSION_KEY, new PendingSecondFactor(account.accountId(), now, null));
        logins.phoneOf(account.accountId()).ifPresent(phone -> {
            try {
                codes.requestSecondFactor(phone, request.getRemoteAddr(), locale);
            } catch (DomainException tooSoon) {
                // A code sent moments ago is still valid; the verify page offers to send another.
            }
        });
    }
}
