package org.gongshang.identity.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.Registration;
import org.gongshang.identity.ResidentRegistration;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.WebSignIn;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Real-name registration of a resident: phone code, name, ID number, residence, password. The
 * fields' rules, and their order, are {@link ResidentRegistration}'s: that order is what keeps the
 * page from telling anyone whether a number is registered.
 */
@Controller
@RequestMapping("/register")
class RegisterPage {

    /**
     * The form as typed. The passwords are shown again only when another field was the problem (a
     * mistyped code), so that nobody types both twice ({@code fragments/forms :: newPassword}).
     */
    record RegisterForm(String phone, String code, String realName, String idNumber, @Nullable String residenceRegionCode,
            String password, String passwordConfirm) {

        RegisterForm {
            phone = phone == null ? "" : phone;
            code = code == null ? "" : code;
            realName = realName == null ? "" : realName;
            idNumber = idNumber == null ? "" : idNumber;
            password = password == null ? "" : password;
            passwordConfirm = passwordConfirm == null ? "" : passwordConfirm;
        }

        Registration registration() {
            return new Registration(phone, code, password, realName, idNumber, residenceRegionCode);
        }

        @Override
        public String toString() {
            return "RegisterForm[" + realName + "]";
        }
    }

    /** "Send code": its problems belong to the line under the phone, apart from the registration's. */
    record CodeForm(String phone) {

        CodeForm {
            phone = phone == null ? "" : phone;
        }
    }

    private final ResidentRegistration registration;
    private final VerificationCodes codes;
    private final WebSignIn signIn;
    private final ResidenceOptions residences;

    RegisterPage(ResidentRegistration registration, VerificationCodes codes, WebSignIn signIn, ResidenceOptions residences) {
        this.registration = registration;
        this.codes = codes;
        this.signIn = signIn;
        this.residences = residences;
    }

    @GetMapping
    String form(Model model) {
        return page(new RegisterForm("", "", "", "", null, "", ""), model);
    }

    /** "Send code" without JavaScript: the whole page again, with what was typed and a notice. */
    @PostMapping("/code")
    String sendCode(@ModelAttribute("form") RegisterForm form, @ModelAttribute("codeForm") CodeForm code,
            BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        send(code, binding, request, locale, model);
        return page(form, model);
    }

    /** "Send code" with htmx: only the line under the phone field changes. */
    @HxRequest
    @PostMapping("/code")
    String sendCodePartly(@ModelAttribute("form") RegisterForm form, @ModelAttribute("codeForm") CodeForm code,
            BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        send(code, binding, request, locale, model);
        return "identity/register :: code-status";
    }

    /** Signs the new resident in at once. */
    @PostMapping
    String register(@Valid @ModelAttribute("form") RegisterForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!form.password().equals(form.passwordConfirm())) {
            binding.rejectValue("passwordConfirm", "identity.password.mismatch");
        }
        return Forms.submit(binding, () -> registration.register(form.registration(), request.getRemoteAddr()))
                .map(account -> {
                    signIn.signIn(account.id(), "registration", request, response);
                    Forms.notice(redirect, "register.done", account.realName());
                    redirect.addFlashAttribute("justRegistered", true);
                    return "redirect:/account";
                })
                .orElseGet(() -> page(form, model));
    }

    private void send(CodeForm code, BindingResult binding, HttpServletRequest request, Locale locale, Model model) {
        if (Forms.submit(binding, () -> codes.request(code.phone(), CodePurpose.REGISTER, request.getRemoteAddr(), locale))) {
            model.addAttribute("codeSentTo", code.phone());
        }
    }

    private String page(RegisterForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("residences", residences.groups());
        return "identity/register";
    }
}
