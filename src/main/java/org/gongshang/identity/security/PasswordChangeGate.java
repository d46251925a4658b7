package org.gongshang.identity.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.web.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account opened with an initial password can do nothing else until the holder chose their own:
 * pages redirect to the change form, the API answers 403 except for what changing needs.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of("/account/password", "/logout", "/api/v1/me", "/api/v1/me/password",
            "/api/v1/auth/logout", "/css/", "/webjars/", "/error", "/favicon.ico");

    private final SecurityProblems problems;
    private final ProblemDetails details;

    PasswordChangeGate(SecurityProblems problems, ProblemDetails details) {
        this.problems = problems;
        this.details = details;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                && account.mustChangePassword() && !isOpen(request.getRequestURI().substring(request.getContextPath().length()))) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(response, details.of(HttpStatus.FORBIDDEN, "identity.password.change-required"));
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(String path) {
        return OPEN.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
    }
}
