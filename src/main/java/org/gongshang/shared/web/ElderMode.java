package org.gongshang.shared.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 长辈模式 (elder mode, after MIIT's 适老化 rules): larger text and tap targets and a header of the few
 * things a resident does. Switched with {@code ?elder=on} or {@code ?elder=off} on any page, like the
 * language, and remembered in a cookie, so that it holds for visitors who have not signed in and
 * survives signing in and out. A link, not a form: it works without JavaScript and from a bookmark
 * or a QR code that a community worker hands out.
 */
@Configuration(proxyBeanMethods = false)
class ElderMode implements HandlerInterceptor, WebMvcConfigurer {

    static final String PARAMETER = "elder";
    static final String COOKIE = "gongshang-elder";
    static final String ON = "on";
    static final String OFF = "off";

    /** As long as the language choice is kept. */
    private static final Duration KEPT = Duration.ofDays(365);

    private static final String SWITCHED = ElderMode.class.getName() + ".switched";

    /** Whether this request's page is shown in elder mode: the switch in its address, else the cookie. */
    static boolean isOn(HttpServletRequest request) {
        if (request.getAttribute(SWITCHED) instanceof Boolean switched) {
            return switched;
        }
        String asked = request.getParameter(PARAMETER);
        if (ON.equals(asked) || OFF.equals(asked)) {
            return ON.equals(asked);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return ON.equals(cookie.getValue());
                }
            }
        }
        return false;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String asked = request.getParameter(PARAMETER);
        // Anything else (a typo, hostile input) is ignored, as the language switch ignores an unknown language.
        if (ON.equals(asked) || OFF.equals(asked)) {
            boolean on = ON.equals(asked);
            request.setAttribute(SWITCHED, on);
            Cookie cookie = new Cookie(COOKIE, on ? ON : "");
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            cookie.setMaxAge(on ? (int) KEPT.toSeconds() : 0);
            response.addCookie(cookie);
        }
        return true;
    }
}
