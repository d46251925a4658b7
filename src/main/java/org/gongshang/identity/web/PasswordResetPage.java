package org.gongshang.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password: a RESET code to the registered phone, then a new password. */
@Controller
@RequestMapping("/password-reset")
class PasswordResetPage {

    record CodeForm(@Size(max = 20, message = "{identity.phone.size}") String phone) {

        CodeForm {
            phone = phone == null ? "" : phone;
        }
    }

    /**
     * The new password's rules are the use case's. It is shown again only when the code was the problem
     * ({@code fragments/forms :: newPassword}); Spring Security sends pages with {@code Cache-Control: no-store}.
     */
    record ResetForm(String phone, @Size(max = 6, message = "{identity.sms-code.size}") String code, String newPassword,
            String newPasswordConfirm) {

        ResetForm {
            phone = phone == null ? "" : phone;
            code = code == null ? "" : code;
            newPassword = newPassword == null ? "" : newPassword;
            newPasswordConfirm = newPasswordConfirm == null ? "" : newPasswordConfirm;
        }

        @Override
        public String toString() {
            return "ResetForm";
        }
    }

    private final Passwords passwords;
    private final VerificationCodes codes;

    PasswordResetPage(Passwords passwords, VerificationCodes codes) {
        this.passwords = passwords;
        this.codes = codes;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("codeForm", new CodeForm(""));
        return "identity/password-reset";
    }

    /** The same answer whether or not the phone has an account: only its owner learns, by SMS. */
    @PostMapping("/code")
    String sendCode(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult binding, HttpServletRequest request,
            Locale locale, Model model) {
        if (Forms.submit(binding, () -> codes.request(form.phone(), CodePurpose.RESET, request.getRemoteAddr(), locale))) {
            model.addAttribute("resetForm", new ResetForm(form.phone(), "", "", ""));
        }
        return "identity/password-reset";
    }

    @PostMapping
    String reset(@Valid @ModelAttribute("resetForm") ResetForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!form.newPassword().equals(form.newPasswordConfirm())) {
            binding.rejectValue("newPasswordConfirm", "identity.password.mismatch");
        }
        if (Forms.submit(binding, () -> passwords.reset(form.phone(), form.code(), form.newPassword()))) {
            Forms.notice(redirect, "reset.done");
            return "redirect:/login";
        }
        model.addAttribute("codeForm", new CodeForm(form.phone()));
        return "identity/password-reset";
    }
}
