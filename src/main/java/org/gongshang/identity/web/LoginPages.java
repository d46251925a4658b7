package org.gongshang.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.LoginOutcome;
import org.gongshang.identity.Logins;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.LoginFailure;
import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.identity.security.SignedInAccounts;
import org.gongshang.identity.security.WebSignIn;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.Forms;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page (password, or SMS code) and the SMS code login. The password form itself is
 * processed by Spring Security at {@code POST /login}; its refusal comes back here as a problem of
 * the password form. Every form of the page shows its problems in one alert above it.
 */
@Controller
class LoginPages {

    /**
     * The page's forms: the password login (which Spring Security processes, and whose refusal
     * comes back as a problem of this form), and both steps of the SMS login, the phone for the
     * code and then the phone with the code.
     */
    record LoginForm(@Size(max = 20, message = "{identity.phone.size}") String phone,
            @Size(max = 6, message = "{identity.sms-code.size}") String code) {

        LoginForm {
            phone = phone == null ? "" : phone.strip();
            code = code == null ? "" : code.strip();
        }

        @Override
        public String toString() {
            return "LoginForm";
        }
    }

    private final Logins logins;
    private final VerificationCodes codes;
    private final WebSignIn signIn;
    private final SignedInAccounts accounts;

    LoginPages(Logins logins, VerificationCodes codes, WebSignIn signIn, SignedInAccounts accounts) {
        this.logins = logins;
        this.codes = codes;
        this.signIn = signIn;
        this.accounts = accounts;
    }

    /** The login page makes no session: only a failed login, which left its reason in one, has one to read. */
    @GetMapping("/login")
    String login(@RequestParam(defaultValue = "password") String method, @ModelAttribute("form") LoginForm form,
            BindingResult binding, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session != null && failure != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            Forms.reject(binding, failure instanceof LoginFailure refused
                    ? DomainException.unauthenticated(refused.messageKey(), refused.args())
                    : DomainException.unauthenticated("identity.login.bad-credentials"));
        }
        return page("sms".equals(method) ? "sms" : "password", false, model);
    }

    /** SMS login, step 1: send a LOGIN code. Without JavaScript the page comes back with the code field. */
    @PostMapping("/login/sms/code")
    String sendLoginCode(@Valid @ModelAttribute("form") LoginForm form, BindingResult binding, HttpServletRequest request,
            Locale locale, Model model) {
        boolean sent = Forms.submit(binding, () -> codes.request(form.phone(), CodePurpose.LOGIN, request.getRemoteAddr(), locale));
        return page("sms", sent, model);
    }

    /** SMS login, step 2. Accounts that need two factors must start with their password instead. */
    @PostMapping("/login/sms")
    String loginWithCode(@Valid @ModelAttribute("form") LoginForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return Forms.submit(binding, () -> accountOf(logins.withSmsCode(form.phone(), form.code(), request.getRemoteAddr())))
                .map(accountId -> {
                    SignedInAccount account = signIn.signIn(accountId, "sms", request, response);
                    return account.mustChangePassword() ? "redirect:/account/password" : "redirect:/";
                })
                .orElseGet(() -> page("sms", true, model));
    }

    /** Every refusal of the code login is a 400 with its own text, as the page always said them. */
    private long accountOf(LoginOutcome outcome) {
        return switch (outcome) {
            case LoginOutcome.Success success -> {
                if (accounts.load(success.accountId()).filter(account -> logins.needsSecondFactor(account.actor())).isPresent()) {
                    throw DomainException.invalid("identity.login.sms-not-enough");
                }
                yield success.accountId();
            }
            case LoginOutcome.BadCredentials bad -> throw DomainException.invalid("identity.code.wrong");
            case LoginOutcome.Delayed delayed -> throw DomainException.invalid("identity.login.delayed", delayed.secondsLeft());
            case LoginOutcome.Disabled disabled -> throw DomainException.invalid("identity.login.disabled");
        };
    }

    private static String page(String method, boolean codeSent, Model model) {
        model.addAttribute("method", method);
        model.addAttribute("codeSent", codeSent ? Boolean.TRUE : null);
        return "identity/login";
    }
}
