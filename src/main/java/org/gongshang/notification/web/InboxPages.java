package org.gongshang.notification.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.gongshang.identity.Actors;
import org.gongshang.notification.Inbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox page; marking read works as a plain form and, with htmx, swaps just the message. */
@Controller
class InboxPages {

    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final Actors actors;

    InboxPages(Inbox inbox, Actors actors) {
        this.inbox = inbox;
        this.actors = actors;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("inbox", inbox.page(actors.require().accountId(), page, PAGE_SIZE));
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        inbox.markRead(actors.require().accountId(), id);
        return "redirect:/inbox?page=" + Math.max(page, 0);
    }

    @HxRequest
    @PostMapping("/inbox/{id}/read")
    String markReadInPlace(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        long accountId = actors.require().accountId();
        model.addAttribute("message", inbox.markRead(accountId, id));
        model.addAttribute("page", page);
        // The count the page was opened with is stale now.
        model.addAttribute("unreadCount", inbox.unreadCount(accountId));
        return "notification/inbox-item :: marked";
    }

    @PostMapping("/inbox/read-all")
    String markAllRead() {
        inbox.markAllRead(actors.require().accountId());
        return "redirect:/inbox?allRead";
    }
}
