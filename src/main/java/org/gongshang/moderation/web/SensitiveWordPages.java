package org.gongshang.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.moderation.SensitiveWords;
import org.gongshang.moderation.WordKind;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.security.CurrentAccount;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins keep the sensitive-word list and its whitelist, and can try a text against them. */
@Controller
@RequestMapping("/admin/sensitive-words")
@PreAuthorize("hasRole('ADMIN')")
class SensitiveWordPages {

    private final SensitiveWords words;
    private final Messages messages;

    SensitiveWordPages(SensitiveWords words, Messages messages) {
        this.words = words;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(FormErrors.NONE, null, model);
    }

    @PostMapping
    String add(@RequestParam String word, @RequestParam WordKind kind, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            words.add(word, kind, CurrentAccount.id().orElseThrow());
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            return page(FormErrors.of(problem, messages), null, model);
        }
        redirect.addFlashAttribute("noticeKey", "moderation.word.added");
        redirect.addFlashAttribute("noticeArgs", new Object[] {word.strip()});
        return "redirect:/admin/sensitive-words";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        words.remove(id, CurrentAccount.id().orElseThrow());
        redirect.addFlashAttribute("noticeKey", "moderation.word.removed");
        return "redirect:/admin/sensitive-words";
    }

    /** Try a text: which listed words would hold it back. */
    @PostMapping("/try")
    String tryText(@RequestParam String text, Model model) {
        return page(FormErrors.NONE, text, model);
    }

    private String page(FormErrors errors, @Nullable String tried, Model model) {
        model.addAttribute("sensitive", words.list(WordKind.SENSITIVE));
        model.addAttribute("whitelisted", words.list(WordKind.WHITELISTED));
        model.addAttribute("errors", errors);
        model.addAttribute("tried", tried);
        model.addAttribute("triedHits", tried == null ? null : words.check(tried).hits());
        return "moderation/sensitive-words";
    }
}
