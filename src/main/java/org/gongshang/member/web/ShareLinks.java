package org.gongshang.member.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actors;
import org.gongshang.member.MemberProperties;
import org.gongshang.member.NoticeReferrals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A member's shared link of a notice ({@code /n/CODE}): counts the opening once per browser,
 * remembers the visit in a cookie for the configured days, and leads on to the shared page. As an
 * interceptor, it sees the visitor signed in later (registered or logged in) and counts that too.
 */
@Controller
class ShareLinks implements HandlerInterceptor {

    static final String VISITOR = "gs_visitor";
    static final String REFERRAL = "gs_ref";

    private final NoticeReferrals referrals;
    private final Actors actors;
    private final MemberProperties properties;
    private final Clock clock;

    ShareLinks(NoticeReferrals referrals, Actors actors, MemberProperties properties, Clock clock) {
        this.referrals = referrals;
        this.actors = actors;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/n/{code}")
    String open(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        String visitor = cookie(request, VISITOR);
        if (visitor == null) {
            visitor = UUID.randomUUID().toString();
            response.addHeader("Set-Cookie", cookie(VISITOR, visitor, Duration.ofDays(365), request.isSecure()).toString());
        }
        String path = referrals.opened(code, visitor).orElse(null);
        if (path == null) {
            return "redirect:/";
        }
        response.addHeader("Set-Cookie", cookie(REFERRAL, code + "." + clock.instant().getEpochSecond(),
                Duration.ofDays(properties.notices().shareCookieDays()), request.isSecure()).toString());
        return "redirect:" + path;
    }

    /** Counts a visitor of a shared link who is signed in now, once, and forgets the visit. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String referral = cookie(request, REFERRAL);
        if (referral == null) {
            return true;
        }
        actors.current().ifPresent(actor -> {
            String[] parts = referral.split("\\.", 2);
            if (parts.length == 2 && parts[1].matches("\\d{1,12}")) {
                referrals.arrived(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])), actor.accountId());
            }
            response.addHeader("Set-Cookie", cookie(REFERRAL, "", Duration.ZERO, request.isSecure()).toString());
        });
        return true;
    }

    private static ResponseCookie cookie(String name, String value, Duration age, boolean secure) {
        return ResponseCookie.from(name, value).path("/").httpOnly(true).secure(secure).sameSite("Lax").maxAge(age).build();
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
