package org.gongshang.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.notification.Inbox;
import org.gongshang.shared.security.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person's count of unread messages (or null) into every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final Inbox inbox;

    UnreadCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Not for the JSON API (REST controllers are controllers too): it has no header to show it in. */
    @ModelAttribute("unreadCount")
    @Nullable Long unreadCount(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentAccount.id().map(inbox::unreadCount).orElse(null);
    }
}
