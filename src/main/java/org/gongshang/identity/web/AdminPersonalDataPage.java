package org.gongshang.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongshang.identity.Actors;
import org.gongshang.identity.PersonalDataReveal;
import org.gongshang.identity.PhoneChange;
import org.gongshang.identity.web.AdminAccountDetail.PhoneResetForm;
import org.gongshang.identity.web.AdminAccountDetail.RevealForm;
import org.gongshang.shared.web.Forms;
import org.gongshang.shared.web.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What only an administrator does with someone's personal data, each with a reason for the audit
 * log: seeing the full ID number or phone, and setting the phone of someone who lost theirs.
 */
@Controller
@RequestMapping("/admin/accounts/{id}")
@PreAuthorize("hasRole('ADMIN')")
class AdminPersonalDataPage {

    private final PersonalDataReveal personalData;
    private final PhoneChange phones;
    private final Actors actors;
    private final AdminAccountDetail detail;
    private final Messages messages;

    AdminPersonalDataPage(PersonalDataReveal personalData, PhoneChange phones, Actors actors, AdminAccountDetail detail,
            Messages messages) {
        this.personalData = personalData;
        this.phones = phones;
        this.actors = actors;
        this.detail = detail;
        this.messages = messages;
    }

    /** The value is shown on this response only, never kept in the session for a redirect. */
    @PostMapping("/reveal")
    String reveal(@PathVariable long id, @Valid @ModelAttribute("revealForm") RevealForm form, BindingResult binding,
            HttpServletResponse response, Model model) {
        detail.visible(id);
        model.addAttribute("revealForm", form);
        Forms.submit(binding, () -> personalData.reveal(id, form.chosenField(), form.reason(), actors.require()))
                .ifPresent(value -> {
                    model.addAttribute("revealed", messages.get("admin.accounts.revealed",
                            messages.get("personal-field." + form.chosenField()), value));
                    // The full value must not stay in caches or history.
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                });
        return detail.page(id, model);
    }

    @PostMapping("/phone")
    String resetPhone(@PathVariable long id, @Valid @ModelAttribute("phoneResetForm") PhoneResetForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        detail.visible(id);
        model.addAttribute("phoneResetForm", form);
        return Forms.submit(binding, () -> phones.resetByAdministrator(id, form.phone(), form.reason(), actors.require()))
                ? reset(id, redirect)
                : detail.page(id, model);
    }

    private static String reset(long id, RedirectAttributes redirect) {
        Forms.notice(redirect, "admin.accounts.phone-reset.done");
        return "redirect:/admin/accounts/" + id;
    }
}
