package org.gongshang.identity.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.PhoneChange;
import org.gongshang.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's phone: with a code sent to the phone on record and one sent to the new phone
 * ({@link PhoneChange}); an account without a phone enrols one with the new phone's code alone.
 * The "send a code" buttons post the whole form, so that without JavaScript the page comes back
 * with what was typed; htmx swaps in only the line under the button.
 */
@Controller
@RequestMapping("/account/phone")
class PhonePage {

    /** What was typed; the codes are checked by the use case, here only their length. */
    record PhoneForm(String phone, @Size(max = 6, message = "{identity.sms-code.size}") String currentCode,
            @Size(max = 6, message = "{identity.sms-code.size}") String newCode) {

        PhoneForm {
            phone = phone == null ? "" : phone.strip();
            currentCode = currentCode == null ? "" : currentCode.strip();
            newCode = newCode == null ? "" : newCode.strip();
        }

        @Override
        public String toString() {
            return "PhoneForm";
        }
    }

    /** A code to send: its problems are the status line's, apart from those of the change itself. */
    record CodeForm(String phone) {

        CodeForm {
            phone = phone == null ? "" : phone.strip();
        }

        @Override
        public String toString() {
            return "CodeForm";
        }
    }

    private final Accounts accounts;
    private final PhoneChange phones;
    private final Actors actors;

    PhonePage(Accounts accounts, PhoneChange phones, Actors actors) {
        this.accounts = accounts;
        this.phones = phones;
        this.actors = actors;
    }

    @GetMapping
    String form(Model model) {
        return page(new PhoneForm("", "", ""), model);
    }

    @PostMapping(path = "/codes", params = "to=CURRENT")
    String sendToCurrent(@ModelAttribute("form") PhoneForm form, @ModelAttribute("codeForm") CodeForm code,
            BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        sendToCurrent(binding, request, locale, model);
        return page(form, model);
    }

    @HxRequest
    @PostMapping(path = "/codes", params = "to=CURRENT")
    String sendToCurrentPartly(@ModelAttribute("form") PhoneForm form, @ModelAttribute("codeForm") CodeForm code,
            BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        sendToCurrent(binding, request, locale, model);
        page(form, model);
        return "identity/phone :: current-code-status";
    }

    @PostMapping(path = "/codes", params = "to=NEW")
    String sendToNew(@ModelAttribute("form") PhoneForm form, @ModelAttribute("codeForm") CodeForm code,
            BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        sendToNew(code, binding, request, locale, model);
        return page(form, model);
    }

    @HxRequest
    @PostMapping(path = "/codes", params = "to=NEW")
    String sendToNewPartly(@ModelAttribute("form") PhoneForm form, @ModelAttribute("codeForm") CodeForm code,
            BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        sendToNew(code, binding, request, locale, model);
        page(form, model);
        return "identity/phone :: new-code-status";
    }

    /** With a phone on record both codes are needed; without one, the new phone's code enrols it. */
    @PostMapping
    String change(@Valid @ModelAttribute("form") PhoneForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        long id = actors.require().accountId();
        boolean hasPhone = accounts.get(id).maskedPhone() != null;
        return Forms.submit(binding, () -> {
                    if (hasPhone) {
                        phones.change(id, form.phone(), form.currentCode(), form.newCode());
                    } else {
                        phones.enrol(id, form.phone(), CodePurpose.PHONE_CHANGE, form.newCode());
                    }
                })
                ? changed(redirect)
                : page(form, model);
    }

    private void sendToCurrent(BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        long id = actors.require().accountId();
        model.addAttribute("currentAsked", true);
        model.addAttribute("currentSent",
                Forms.submit(binding, () -> phones.sendCodeToCurrentPhone(id, request.getRemoteAddr(), locale)));
    }

    private void sendToNew(CodeForm code, BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        long id = actors.require().accountId();
        model.addAttribute("newAsked", true);
        model.addAttribute("newSent", Forms.submit(binding, () -> phones.sendCodeToNewPhone(id, code.phone(),
                CodePurpose.PHONE_CHANGE, request.getRemoteAddr(), locale)));
    }

    private static String changed(RedirectAttributes redirect) {
        Forms.notice(redirect, "account.phone.changed");
        return "redirect:/account";
    }

    private String page(PhoneForm form, Model model) {
        AccountView account = accounts.get(actors.require().accountId());
        model.addAttribute("form", form);
        model.addAttribute("maskedPhone", account.maskedPhone());
        return "identity/phone";
    }
}
