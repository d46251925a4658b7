package org.gongshang.topic.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.TopicRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins keep the topic tags and the pre-flag keyword rules of screening. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TopicAdminPages {

    private final TopicRules rules;
    private final Messages messages;

    TopicAdminPages(TopicRules rules, Messages messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/admin/topic-tags")
    String tags(Model model) {
        model.addAttribute("tags", rules.tags());
        model.addAttribute("errors", FormErrors.NONE);
        return "topic/admin-tags";
    }

    @PostMapping("/admin/topic-tags")
    String addTag(@RequestParam(required = false) @Nullable String name, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            rules.addTag(name, CurrentAccount.id().orElseThrow());
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            model.addAttribute("tags", rules.tags());
            model.addAttribute("errors", FormErrors.of(problem, messages));
            return "topic/admin-tags";
        }
        redirect.addFlashAttribute("noticeKey", "topic.admin.saved");
        return "redirect:/admin/topic-tags";
    }

    @PostMapping("/admin/topic-tags/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        rules.setTagActive(id, active, CurrentAccount.id().orElseThrow());
        redirect.addFlashAttribute("noticeKey", "topic.admin.saved");
        return "redirect:/admin/topic-tags";
    }

    @GetMapping("/admin/topic-rules")
    String rules(Model model) {
        return rulesPage(FormErrors.NONE, null, model);
    }

    @PostMapping("/admin/topic-rules")
    String addRule(@RequestParam(required = false) @Nullable String keyword,
            @RequestParam(required = false) @Nullable DeclineReason reason, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            rules.addRule(keyword, reason, CurrentAccount.id().orElseThrow());
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            return rulesPage(FormErrors.of(problem, messages), null, model);
        }
        redirect.addFlashAttribute("noticeKey", "topic.admin.saved");
        return "redirect:/admin/topic-rules";
    }

    @PostMapping("/admin/topic-rules/{id}/remove")
    String removeRule(@PathVariable long id, RedirectAttributes redirect) {
        rules.removeRule(id, CurrentAccount.id().orElseThrow());
        redirect.addFlashAttribute("noticeKey", "topic.admin.removed");
        return "redirect:/admin/topic-rules";
    }

    @PostMapping("/admin/topic-rules/try")
    String tryText(@RequestParam String text, Model model) {
        return rulesPage(FormErrors.NONE, text, model);
    }

    private String rulesPage(FormErrors errors, @Nullable String tried, Model model) {
        model.addAttribute("rules", rules.preflagRules());
        model.addAttribute("reasons", DeclineReason.values());
        model.addAttribute("errors", errors);
        model.addAttribute("tried", tried);
        model.addAttribute("matches", tried == null ? null : rules.tryText(tried));
        return "topic/admin-rules";
    }
}
