package org.gongshang.notification.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actors;
import org.gongshang.notification.Outbox;
import org.gongshang.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Messages the outbox gave up on, for admins to see why and to send again. */
@Controller
@RequestMapping("/admin/notifications")
@PreAuthorize("hasRole('ADMIN')")
class FailedMessagesPage {

    private final Outbox outbox;
    private final Actors actors;

    FailedMessagesPage(Outbox outbox, Actors actors) {
        this.outbox = outbox;
        this.actors = actors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("failed", outbox.failed());
        model.addAttribute("undelivered", outbox.undelivered());
        return "notification/failed";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            outbox.retry(id, actors.require().accountId());
        } catch (DomainException refused) {
            model.addAttribute("failed", outbox.failed());
            model.addAttribute("undelivered", outbox.undelivered());
            model.addAttribute("error", refused);
            response.setStatus(refused.kind().status());
            return "notification/failed";
        }
        return "redirect:/admin/notifications?retried";
    }
}
