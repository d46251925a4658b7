package org.gongshang.support;

import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Page sessions live in the database (Spring Session) and a browser names its own by cookie. A
 * MockMvc test names it with {@code .session(mockSession)} instead, as it would with a servlet
 * container's session: the id of the stored session is kept in that mock session, so that the
 * requests of one test share one stored session. Real HTTP (browser tests, {@link Api}) uses the cookie.
 */
class MockSessionIdResolver implements HttpSessionIdResolver {

    static final String SESSION_ID = MockSessionIdResolver.class.getName() + ".id";

    private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        List<String> fromCookie = cookies.resolveSessionIds(request);
        if (!fromCookie.isEmpty()) {
            return fromCookie;
        }
        HttpSession mock = mockSession(request);
        return mock != null && mock.getAttribute(SESSION_ID) instanceof String id ? List.of(id) : List.of();
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        cookies.setSessionId(request, response, sessionId);
        HttpSession mock = mockSession(request);
        if (mock != null) {
            mock.setAttribute(SESSION_ID, sessionId);
        }
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        cookies.expireSession(request, response);
        HttpSession mock = mockSession(request);
        if (mock != null) {
            mock.removeAttribute(SESSION_ID);
        }
    }

    /** The session the test gave the request, under the wrapper that Spring Session puts around it. */
    private static @Nullable HttpSession mockSession(HttpServletRequest request) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        return inner instanceof HttpServletRequest http ? http.getSession(false) : null;
    }
}
