package org.gongshang.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Sends a signed-out visitor to the login page and brings them back afterwards. An htmx request
 * (a vote button, a card that loads itself) cannot simply be redirected: htmx would follow the
 * redirect and swap the login form into the card, and the login would then return to the
 * fragment's URL. Such a request is answered with {@code HX-Redirect}, so the whole page goes to
 * the login, which returns to the page the person was looking at. A form posted after the session
 * ended returns to the form's page.
 */
public final class SignInRedirect implements AuthenticationEntryPoint {

    public static final String LOGIN_PAGE = "/login";

    /** Where {@link HttpSessionRequestCache} keeps the request to return to; the login success handler reads it there. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final RequestCache returnTo = new HttpSessionRequestCache();

    /** For Spring Security, whose exception filter has already saved the request by its own rules. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        redirect(request, response);
    }

    /** Remembers the request to return to, then answers as {@link #redirect}. */
    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isHtmx(request)) {
            returnTo.saveRequest(request, response);
        }
        redirect(request, response);
    }

    /**
     * Answers with the way to the login page: a redirect, or {@code HX-Redirect} for htmx. The login
     * returns to the page the person was on: for htmx the page htmx names, for a form posted while
     * signed out the page with the form (a POST cannot be replayed).
     */
    public void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!isHtmx(request)) {
            if (!"GET".equals(request.getMethod())) {
                pageOf(request.getHeader("Referer"), request.getServerName(), request.getContextPath()).ifPresent(page -> returnTo(request, page));
            }
            response.sendRedirect(login);
            return;
        }
        // Never the fragment's own URL: returning to it after the login would show a bare card.
        Optional<String> page = pageOf(request.getHeader("HX-Current-URL"), request.getServerName(), request.getContextPath());
        if (page.isPresent()) {
            returnTo(request, page.get());
        } else {
            returnTo.removeRequest(request, response);
        }
        response.setHeader("HX-Redirect", login);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    private static void returnTo(HttpServletRequest request, String page) {
        request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(page));
    }

    /** Whether someone is signed in (an anonymous visitor is not). */
    public static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /**
     * The path (within the application) and query of the page of this site a request says it came
     * from. The header comes from the client: a page of another host is ignored, and only a path is
     * kept, so that a login never leads off this site. (Behind a proxy, the host is right once
     * {@code server.forward-headers-strategy} is set; until then the login returns to the home page.)
     */
    static Optional<String> pageOf(@Nullable String url, String serverName, String contextPath) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(serverName)) {
                return Optional.empty();
            }
            String path = uri.getRawPath();
            if (path != null && !contextPath.isEmpty() && path.startsWith(contextPath + "/")) {
                path = path.substring(contextPath.length());
            }
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith(LOGIN_PAGE)) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
