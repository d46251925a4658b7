package org.gongshang.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.security.SessionCredentials;
import org.gongshang.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's password, knowing the current one; an initial password must be changed first. */
@Controller
@RequestMapping("/account/password")
class PasswordPage {

    /** Passwords are never sent back to the page. The new one's rules are the use case's; the current one only has a length. */
    record PasswordForm(@Size(max = 200, message = "{identity.password.size}") String currentPassword,
            String newPassword, String newPasswordConfirm) {

        PasswordForm {
            currentPassword = currentPassword == null ? "" : currentPassword;
            newPassword = newPassword == null ? "" : newPassword;
            newPasswordConfirm = newPasswordConfirm == null ? "" : newPasswordConfirm;
        }

        @Override
        public String toString() {
            return "PasswordForm";
        }
    }

    private final Accounts accounts;
    private final Passwords passwords;
    private final Actors actors;

    PasswordPage(Accounts accounts, Passwords passwords, Actors actors) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.actors = actors;
    }

    @GetMapping
    String form(Model model) {
        return page(new PasswordForm("", "", ""), model);
    }

    /** Every other session of the account ends; this one carries on under the new credentials version. */
    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, HttpSession session, Model model,
            RedirectAttributes redirect) {
        if (!form.newPassword().equals(form.newPasswordConfirm())) {
            binding.rejectValue("newPasswordConfirm", "identity.password.mismatch");
        }
        long id = actors.require().accountId();
        return Forms.submit(binding, () -> passwords.change(id, form.currentPassword(), form.newPassword()))
                .map(version -> {
                    SessionCredentials.remember(session, version);
                    Forms.notice(redirect, "account.password.done");
                    return "redirect:/account";
                })
                .orElseGet(() -> page(form, model));
    }

    private String page(PasswordForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mustChange", accounts.get(actors.require().accountId()).mustChangePassword());
        return "identity/password";
    }
}
