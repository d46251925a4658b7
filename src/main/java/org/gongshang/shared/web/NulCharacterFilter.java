package org.gongshang.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (400) a request whose parameters — query string, form fields, text fields of an upload —
 * hold a NUL character. No text of the platform has one, and PostgreSQL refuses {@code \u0000} in
 * text, so such a value would otherwise fail deep in some query as a server error. It runs before
 * Spring Security, so the login form is covered too; JSON bodies are checked while they are read
 * ({@link JsonText}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNul(request)) {
            RefusedRequests.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.nul-character");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unparsable) {
            // An upload over the size limits: the multipart resolver reports it later (413), as without this filter.
            return false;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
