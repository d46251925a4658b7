package org.gongshang.identity.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.ResidentRegistration;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.Registration;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.WebSignIn;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Real-name registration of a resident: phone code, name, ID number, residence, password. */
@Controller
class RegisterPage {

    /** The form as typed; passwords are never sent back to the page. */
    record RegisterForm(@Nullable String phone, @Nullable String code, @Nullable String realName, @Nullable String idNumber,
            @Nullable String residenceRegionCode, @Nullable String password, @Nullable String passwordConfirm) {

        @Override
        public String toString() {
            return "RegisterForm[" + realName + "]";
        }
    }

    private final ResidentRegistration registration;
    private final VerificationCodes codes;
    private final WebSignIn signIn;
    private final ResidenceOptions residences;
    private final Messages messages;

    RegisterPage(ResidentRegistration registration, VerificationCodes codes, WebSignIn signIn, ResidenceOptions residences,
            Messages messages) {
        this.registration = registration;
        this.codes = codes;
        this.signIn = signIn;
        this.residences = residences;
        this.messages = messages;
    }

    @GetMapping("/register")
    String form(Model model) {
        return page(new RegisterForm(null, null, null, null, null, null, null), FormErrors.NONE, model);
    }

    /** "Send code" without JavaScript: the whole page again, with what was typed and a notice. */
    @PostMapping("/register/code")
    String sendCode(@ModelAttribute RegisterForm form, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        FormErrors errors = send(form, request, locale, model);
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(form, errors, model);
    }

    /** "Send code" with htmx: only the line under the phone field changes. */
    @HxRequest
    @PostMapping("/register/code")
    String sendCodePartly(@ModelAttribute RegisterForm form, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("errors", send(form, request, locale, model));
        return "identity/register :: code-status";
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegisterForm form, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (form.password() != null && !form.password().equals(form.passwordConfirm())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, FormErrors.field("passwordConfirm", messages.get("identity.password.mismatch")), model);
        }
        AccountView account;
        try {
            account = registration.register(new Registration(orEmpty(form.phone()), orEmpty(form.code()), orEmpty(form.password()),
                    orEmpty(form.realName()), orEmpty(form.idNumber()), form.residenceRegionCode()), request.getRemoteAddr());
        } catch (DomainException problem) {
            response.setStatus(problem.kind().status());
            return page(form, FormErrors.of(problem, messages), model);
        }
        signIn.signIn(account.id(), "registration", request, response);
        redirect.addFlashAttribute("noticeKey", "register.done");
        redirect.addFlashAttribute("noticeArgs", new Object[] {account.realName()});
        return "redirect:/account";
    }

    private FormErrors send(RegisterForm form, HttpServletRequest request, Locale locale, Model model) {
        try {
            codes.request(orEmpty(form.phone()), CodePurpose.REGISTER, request.getRemoteAddr(), locale);
            model.addAttribute("codeSentTo", form.phone());
            return FormErrors.NONE;
        } catch (DomainException problem) {
            FormErrors errors = FormErrors.of(problem, messages);
            return errors.fields().isEmpty() ? FormErrors.field("phone", errors.general()) : errors;
        }
    }

    private String page(RegisterForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("residences", residences.groups());
        return "identity/register";
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
