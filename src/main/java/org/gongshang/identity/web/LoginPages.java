package org.gongshang.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.LoginOutcome;
import org.gongshang.identity.Logins;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.LoginFailure;
import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.identity.security.SignedInAccounts;
import org.gongshang.identity.security.WebSignIn;
import org.gongshang.shared.DomainException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page (password, or SMS code) and the SMS code step for a password login. The password
 * form itself is processed by Spring Security at {@code POST /login}.
 */
@Controller
class LoginPages {

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
    String login(@RequestParam(defaultValue = "password") String method, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginFailure loginFailure) {
            model.addAttribute("errorKey", loginFailure.messageKey());
            model.addAttribute("errorArgs", loginFailure.args());
        } else if (failure != null) {
            model.addAttribute("errorKey", "identity.login.bad-credentials");
        }
        if (failure != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        model.addAttribute("method", "sms".equals(method) ? "sms" : "password");
        return "identity/login";
    }

    /** SMS login, step 1: send a LOGIN code. Without JavaScript the page comes back with the code field. */
    @PostMapping("/login/sms/code")
    String sendLoginCode(@RequestParam String phone, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("method", "sms");
        model.addAttribute("phone", phone);
        try {
            codes.request(phone, CodePurpose.LOGIN, request.getRemoteAddr(), locale);
            model.addAttribute("codeSent", true);
        } catch (DomainException problem) {
            model.addAttribute("errorKey", problem.messageKey());
            model.addAttribute("errorArgs", problem.args());
        }
        return "identity/login";
    }

    /** SMS login, step 2. Accounts that need two factors must start with their password instead. */
    @PostMapping("/login/sms")
    String loginWithCode(@RequestParam String phone, @RequestParam String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        LoginOutcome outcome = logins.withSmsCode(phone, code, request.getRemoteAddr());
        String errorKey = switch (outcome) {
            case LoginOutcome.Success success -> accounts.load(success.accountId())
                    .filter(account -> logins.needsSecondFactor(account.actor()))
                    .map(account -> "identity.login.sms-not-enough").orElse(null);
            case LoginOutcome.BadCredentials bad -> "identity.code.wrong";
            case LoginOutcome.Delayed delayed -> "identity.login.delayed";
            case LoginOutcome.Disabled disabled -> "identity.login.disabled";
        };
        if (errorKey != null) {
            model.addAttribute("method", "sms");
            model.addAttribute("phone", phone);
            model.addAttribute("codeSent", true);
            model.addAttribute("errorKey", errorKey);
            if (outcome instanceof LoginOutcome.Delayed delayed) {
                model.addAttribute("errorArgs", new Object[] {delayed.secondsLeft()});
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/login";
        }
        SignedInAccount account = signIn.signIn(((LoginOutcome.Success) outcome).accountId(), "sms", request, response);
        return account.mustChangePassword() ? "redirect:/account/password" : "redirect:/";
    }
}
