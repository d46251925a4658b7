package org.gongshang.notification.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actors;
import org.gongshang.notification.ChannelChoice;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.NotificationPreferences;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 消息设置: channels per kind of message and the message language. */
@Controller
@RequestMapping("/account/notifications")
class NotificationPreferencesPage {

    private final NotificationPreferences preferences;
    private final Actors actors;

    NotificationPreferencesPage(NotificationPreferences preferences, Actors actors) {
        this.preferences = preferences;
        this.actors = actors;
    }

    /**
     * The form: a checkbox per kind and channel, named after the channel with the kind as value;
     * browsers send only ticked boxes, so a kind missing from a list is off.
     */
    record Form(@Nullable String language, @Nullable List<MessageKind> sms, @Nullable List<MessageKind> email) {
        List<ChannelChoice> choices() {
            return Arrays.stream(MessageKind.values()).filter(MessageKind::choosable)
                    .map(kind -> new ChannelChoice(kind, sms != null && sms.contains(kind), email != null && email.contains(kind)))
                    .toList();
        }
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("settings", preferences.of(actors.require().accountId()));
        return "notification/preferences";
    }

    @PostMapping
    String save(Form form, Model model, HttpServletResponse response) {
        long accountId = actors.require().accountId();
        try {
            preferences.update(accountId, form.language(), form.choices());
        } catch (DomainException refused) {
            model.addAttribute("settings", preferences.of(accountId));
            model.addAttribute("error", refused);
            response.setStatus(refused.kind().status());
            return "notification/preferences";
        }
        return "redirect:/account/notifications?saved";
    }
}
