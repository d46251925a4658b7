package org.gongshang.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.notification.Inbox;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.PageModel;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/** Puts the signed-in person's count of unread messages (or null) into every page's model, for the header. */
@Component
class UnreadCountModel implements PageModel {

    private final Inbox inbox;

    UnreadCountModel(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("unreadCount", CurrentAccount.id().map(inbox::unreadCount).orElse(null));
    }
}
