package org.gongshang.identity.web;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
 * The second factor after a correct password (staff, reviewers, departments, admins): the SMS code
 * sent to the phone on record, or, for an account without one only, enrolling a phone by its code.
 * An account with a phone cannot name another here: that would let whoever knows the password
 * receive the code and take the phone over ({@link PhoneChange}).
 */
@Controller
@RequestMapping("/login/verify")
class SecondFactorPages {

    record CodeForm(@Size(max = 6, message = "{identity.sms-code.size}") String code) {

        CodeForm {
            code = code == null ? "" : code.strip();
        }

        @Override
        public String toString() {
            return "CodeForm";
        }
    }

    /** The phone an account without one names, to receive the code there. */
    record PhoneForm(@Size(max = 20, message = "{identity.phone.size}") String phone) {

        PhoneForm {
            phone = phone == null ? "" : phone.strip();
        }

        @Override
        public String toString() {
            return "PhoneForm";
        }
    }

    private static final String EXPIRED = "redirect:/login?expired";

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

    @GetMapping
    String verify(HttpSession session, Model model) {
        PendingSecondFactor pending = pending(session);
        if (pending == null) {
            return "redirect:/login";
        }
        return page(pending, model);
    }

    /** The code sent to the phone on record, or to the phone being enrolled. */
    @PostMapping
    String confirm(@Valid @ModelAttribute("form") CodeForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending(request.getSession());
        if (pending == null) {
            return EXPIRED;
        }
        String phone = phoneFor(pending);
        if (phone == null) {
            return page(pending, model);
        }
        String newPhone = pending.newPhone();
        return Forms.submit(binding, () -> {
                    if (newPhone != null) {
                        phones.enrol(pending.accountId(), newPhone, CodePurpose.SECOND_FACTOR, form.code());
                    } else {
                        requireAccepted(codes.check(phone, CodePurpose.SECOND_FACTOR, form.code()));
                    }
                })
                ? signedIn(signIn.signIn(pending.accountId(), "password+sms", request, response))
                : page(pending, model);
    }

    /** A button: a refusal (too soon, too many) comes back on the page after the redirect. */
    @PostMapping("/resend")
    String resend(HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        PendingSecondFactor pending = pending(request.getSession());
        if (pending == null) {
            return EXPIRED;
        }
        String phone = phoneFor(pending);
        if (phone != null) {
            Forms.submit(redirect, () -> {
                codes.requestSecondFactor(phone, request.getRemoteAddr(), locale);
                return "login.verify.resent";
            }).ifPresent(notice -> Forms.notice(redirect, notice));
        }
        return "redirect:/login/verify";
    }

    /** An account without a phone on record names one; the code goes there. */
    @PostMapping("/phone")
    String enrolPhone(@Valid @ModelAttribute("phoneForm") PhoneForm form, BindingResult binding, HttpServletRequest request,
            Locale locale, Model model) {
        PendingSecondFactor pending = pending(request.getSession());
        if (pending == null) {
            return EXPIRED;
        }
        String number = MobileNumber.normalise(form.phone());
        if (!Forms.submit(binding, () -> phones.sendCodeToNewPhone(pending.accountId(), number, CodePurpose.SECOND_FACTOR,
                request.getRemoteAddr(), locale))) {
            return page(pending, model);
        }
        PendingSecondFactor withPhone = pending.withNewPhone(number);
        request.getSession().setAttribute(PendingSecondFactor.SESSION_KEY, withPhone);
        return page(withPhone, model);
    }

    private static void requireAccepted(CodeCheck check) {
        if (check != CodeCheck.ACCEPTED) {
            throw DomainException.invalidField("code", check.messageKey());
        }
    }

    private static String signedIn(SignedInAccount account) {
        return account.mustChangePassword() ? "redirect:/account/password" : "redirect:/";
    }

    private String page(PendingSecondFactor pending, Model model) {
        String phone = phoneFor(pending);
        model.addAttribute("maskedPhone", phone == null ? null : Masking.phone(phone));
        return "identity/verify";
    }

    /** The phone being enrolled, or the one on record; none before an account without one names it. */
    private @Nullable String phoneFor(PendingSecondFactor pending) {
        String newPhone = pending.newPhone();
        return newPhone != null ? newPhone : logins.phoneOf(pending.accountId()).orElse(null);
    }

    private @Nullable PendingSecondFactor pending(HttpSession session) {
        if (session.getAttribute(PendingSecondFactor.SESSION_KEY) instanceof PendingSecondFactor pending
                && !pending.expired(clock.instant())) {
            return pending;
        }
        return null;
    }
}
