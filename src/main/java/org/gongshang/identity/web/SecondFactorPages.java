package org.gongshang.identity.web;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongshang.identity.CodeCheck;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.Logins;
import org.gongshang.identity.MobileNumber;
import org.gongshang.identity.PhoneChange;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.PendingSecondFactor;
import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.identity.security.WebSignIn;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.privacy.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor after a correct password (staff, reviewers, departments, admins): the SMS code
 * sent to the phone on record, or, for an account without one only, enrolling a phone by its code.
 * An account with a phone cannot name another here: that would let whoever knows the password
 * receive the code and take the phone over ({@link PhoneChange}).
 */
@Controller
class SecondFactorPages {

    private final Logins logins;
    private final VerificationCodes codes;
    private final PhoneChange phones;
    private final WebSignIn signIn;
    private final Clock clock;

    SecondFactorPages(Logins logins, VerificationCodes codes, PhoneChange phones, WebSignIn signIn, Clock clock) {
        this.logins = logins;
        this.codes = codes;
        this.phones = phones;
        this.signIn = signIn;
        this.clock = clock;
    }

    @GetMapping("/login/verify")
    String verify(HttpSession session, Model model) {
        PendingSecondFactor pending = pending(session);
        if (pending == null) {
            return "redirect:/login";
        }
        return page(pending, model);
    }

    @PostMapping("/login/verify")
    String confirm(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending(request.getSession());
        if (pending == null) {
            return "redirect:/login?expired";
        }
        String phone = pending.newPhone() != null ? pending.newPhone() : logins.phoneOf(pending.accountId()).orElse(null);
        if (phone == null) {
            return page(pending, model);
        }
        if (pending.newPhone() != null) {
            try {
                phones.enrol(pending.accountId(), pending.newPhone(), CodePurpose.SECOND_FACTOR, code);
            } catch (DomainException problem) {
                model.addAttribute("errorKey", problem.fieldProblems().isEmpty() ? problem.messageKey()
                        : problem.fieldProblems().getFirst().messageKey());
                response.setStatus(problem.kind().status());
                return page(pending, model);
            }
        } else {
            CodeCheck check = codes.check(phone, CodePurpose.SECOND_FACTOR, code);
            if (check != CodeCheck.ACCEPTED) {
                model.addAttribute("errorKey", check.messageKey());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return page(pending, model);
            }
        }
        SignedInAccount account = signIn.signIn(pending.accountId(), "password+sms", request, response);
        return account.mustChangePassword() ? "redirect:/account/password" : "redirect:/";
    }

    @PostMapping("/login/verify/resend")
    String resend(HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        PendingSecondFactor pending = pending(request.getSession());
        if (pending == null) {
            return "redirect:/login?expired";
        }
        String phone = pending.newPhone() != null ? pending.newPhone() : logins.phoneOf(pending.accountId()).orElse(null);
        if (phone != null) {
            try {
                codes.requestSecondFactor(phone, request.getRemoteAddr(), locale);
                redirect.addFlashAttribute("noticeKey", "login.verify.resent");
            } catch (DomainException problem) {
                redirect.addFlashAttribute("errorKey", problem.messageKey());
                redirect.addFlashAttribute("errorArgs", problem.args());
            }
        }
        return "redirect:/login/verify";
    }

    /** An account without a phone on record names one; the code goes there. */
    @PostMapping("/login/verify/phone")
    String enrolPhone(@RequestParam String phone, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        PendingSecondFactor pending = pending(request.getSession());
        if (pending == null) {
            return "redirect:/login?expired";
        }
        String number = MobileNumber.normalise(phone);
        if (!MobileNumber.isValid(number)) {
            model.addAttribute("errorKey", "identity.phone.invalid");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(pending, model);
        }
        try {
            phones.sendCodeToNewPhone(pending.accountId(), number, CodePurpose.SECOND_FACTOR, request.getRemoteAddr(), locale);
        } catch (DomainException problem) {
            model.addAttribute("errorKey", problem.messageKey());
            model.addAttribute("errorArgs", problem.args());
            response.setStatus(problem.kind().status());
            return page(pending, model);
        }
        PendingSecondFactor withPhone = pending.withNewPhone(number);
        request.getSession().setAttribute(PendingSecondFactor.SESSION_KEY, withPhone);
        return page(withPhone, model);
    }

    private String page(PendingSecondFactor pending, Model model) {
        String phone = pending.newPhone() != null ? pending.newPhone() : logins.phoneOf(pending.accountId()).orElse(null);
        model.addAttribute("maskedPhone", phone == null ? null : Masking.phone(phone));
        return "identity/verify";
    }

    private @Nullable PendingSecondFactor pending(HttpSession session) {
        if (session.getAttribute(PendingSecondFactor.SESSION_KEY) instanceof PendingSecondFactor pending
                && !pending.expired(clock.instant())) {
            return pending;
        }
        return null;
    }
}
