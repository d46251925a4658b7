package org.gongshang.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongshang.notification.NotificationPreferences;
import org.gongshang.notification.internal.Recipients;
import org.gongshang.shared.security.CurrentAccount;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Messages are written in the language a person uses the site in: the first page of a session,
 * and every switch of language, records it (once per change, not on every page).
 */
class MessageLanguageInterceptor implements HandlerInterceptor {

    private static final String REMEMBERED = MessageLanguageInterceptor.class.getName() + ".language";

    private final NotificationPreferences preferences;

    MessageLanguageInterceptor(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CurrentAccount.id().ifPresent(accountId -> {
            String language = Recipients.language(RequestContextUtils.getLocale(request));
            HttpSession session = request.getSession();
            if (!language.equals(session.getAttribute(REMEMBERED))) {
                preferences.rememberSiteLanguage(accountId, RequestContextUtils.getLocale(request));
                session.setAttribute(REMEMBERED, language);
            }
        });
        return true;
    }
}
