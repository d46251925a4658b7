package org.gongshang.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password: a RESET code to the registered phone, then a new password. */
@Controller
class PasswordResetPage {

    private final Passwords passwords;
    private final VerificationCodes codes;
    private final Messages messages;

    PasswordResetPage(Passwords passwords, VerificationCodes codes, Messages messages) {
        this.passwords = passwords;
        this.codes = codes;
        this.messages = messages;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "identity/password-reset";
    }

    @PostMapping("/password-reset/code")
    String sendCode(@RequestParam String phone, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        model.addAttribute("phone", phone);
        try {
            codes.request(phone, CodePurpose.RESET, request.getRemoteAddr(), locale);
            model.addAttribute("codeSentTo", phone);
            model.addAttribute("errors", FormErrors.NONE);
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            FormErrors errors = FormErrors.of(problem, messages);
            model.addAttribute("errors", errors.fields().isEmpty() ? FormErrors.field("phone", errors.general()) : errors);
        }
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String reset(@RequestParam String phone, @RequestParam String code, @RequestParam String newPassword,
            @RequestParam(required = false) @Nullable String newPasswordConfirm, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("phone", phone);
        model.addAttribute("codeSentTo", phone);
        if (!newPassword.equals(newPasswordConfirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.field("newPasswordConfirm", messages.get("identity.password.mismatch")));
            return "identity/password-reset";
        }
        try {
            passwords.reset(phone, code, newPassword);
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            model.addAttribute("errors", FormErrors.of(problem, messages));
            return "identity/password-reset";
        }
        redirect.addFlashAttribute("noticeKey", "reset.done");
        return "redirect:/login";
    }
}
