package org.gongshang.identity.security;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps page sessions in the HTTP session, but rebuilds the signed-in account from the database on
 * every request: a disabled account is signed out at once, and role changes apply immediately; a
 * session begun before the account's password changed has ended ({@link SessionCredentials}).
 */
class ReloadingSecurityContextRepository implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SignedInAccounts accounts;

    ReloadingSecurityContextRepository(SignedInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = reload(stored.get(), request.getSession(false));
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated();
            }
        };
    }

    private SecurityContext reload(SecurityContext stored, @Nullable HttpSession session) {
        Authentication authentication = stored.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount account)) {
            return stored;
        }
        SecurityContext fresh = SecurityContextHolder.createEmptyContext();
        accounts.load(account.accountId()).filter(current -> SessionCredentials.current(session, current)).ifPresent(current ->
                fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities())));
        return fresh;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return reload(sessions.loadContext(holder), holder.getRequest().getSession(false));
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

}
