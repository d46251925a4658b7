package org.gongshang.identity.web;

import java.util.Locale;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.CodeCheck;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.LoginOutcome;
import org.gongshang.identity.Logins;
import org.gongshang.identity.VerificationCodes;
import org.gongshang.identity.security.AccessTokens;
import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.identity.security.SignedInAccounts;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "短信验证码、令牌 one-time codes and bearer tokens")
class AuthApi {

    private final VerificationCodes codes;
    private final Logins logins;
    private final SignedInAccounts accounts;
    private final AccessTokens tokens;

    AuthApi(VerificationCodes codes, Logins logins, SignedInAccounts accounts, AccessTokens tokens) {
        this.codes = codes;
        this.logins = logins;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Which purposes may be asked for here (REGISTER, LOGIN, RESET) is the use case's rule. */
    record CodeRequestJson(@NotBlank(message = "{identity.phone.required}") @Size(max = 20, message = "{identity.phone.size}") String phone,
            @NotNull(message = "{identity.code-purpose.required}") CodePurpose purpose) {
    }

    @PostMapping("/verification-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a one-time code by SMS (purpose REGISTER, LOGIN or RESET); 202 when accepted")
    void sendCode(@Valid @RequestBody CodeRequestJson body, HttpServletRequest request, Locale locale) {
        codes.request(body.phone(), body.purpose(), request.getRemoteAddr(), locale);
    }

    /**
     * @param username login name or registered phone, with {@code password}; or {@code phone} with a
     *     LOGIN {@code code}. Accounts that need a second factor send username and password first,
     *     get 401 with code identity.second-factor.required and an SMS, then send all three.
     */
    record TokenRequestJson(@Size(max = 200, message = "{identity.username.size}") @Nullable String username,
            @Size(max = 200, message = "{identity.password.size}") @Nullable String password,
            @Size(max = 20, message = "{identity.phone.size}") @Nullable String phone,
            @Size(max = 20, message = "{identity.sms-code.size}") @Nullable String code) {

        @Override
        public String toString() {
            return "TokenRequestJson[" + username + "]";
        }
    }

    record TokenJson(String accessToken, String tokenType, long expiresIn) {
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange credentials for a bearer token")
    TokenJson token(@Valid @RequestBody TokenRequestJson body, HttpServletRequest request, Locale locale) {
        String ip = request.getRemoteAddr();
        String username = body.username();
        String phone = body.phone();
        String code = body.code();
        boolean withPassword = username != null && !username.isBlank();
        LoginOutcome outcome;
        if (withPassword) {
            outcome = logins.withPassword(username, Objects.requireNonNullElse(body.password(), ""), ip);
        } else if (phone != null && code != null) {
            outcome = logins.withSmsCode(phone, code, ip);
        } else {
            throw DomainException.invalidField("username", "identity.token.credentials");
        }
        long accountId = switch (outcome) {
            case LoginOutcome.Success success -> success.accountId();
            case LoginOutcome.BadCredentials bad -> throw DomainException.unauthenticated("identity.login.bad-credentials");
            case LoginOutcome.Delayed delayed -> throw DomainException.tooMany("identity.login.delayed", delayed.secondsLeft());
            case LoginOutcome.Disabled disabled -> throw DomainException.unauthenticated("identity.login.disabled");
        };
        SignedInAccount account = accounts.load(accountId)
                .orElseThrow(() -> DomainException.unauthenticated("identity.login.disabled"));
        if (logins.needsSecondFactor(account.actor())) {
            if (!withPassword) {
                throw DomainException.unauthenticated("identity.second-factor.password-first");
            }
            String onRecord = logins.phoneOf(accountId)
                    .orElseThrow(() -> DomainException.forbidden("identity.second-factor.enrol-on-web"));
            if (code == null || code.isBlank()) {
                codes.requestSecondFactor(onRecord, ip, locale);
                throw DomainException.unauthenticated("identity.second-factor.required");
            }
            CodeCheck check = codes.check(onRecord, CodePurpose.SECOND_FACTOR, code);
            if (check != CodeCheck.ACCEPTED) {
                throw DomainException.unauthenticated(check.messageKey());
            }
        }
        logins.completed(accountId, withPassword ? "api password" : "api sms", ip);
        AccessTokens.Issued issued = tokens.issue(accountId);
        return new TokenJson(issued.token(), "Bearer", issued.validity().toSeconds());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the bearer token of this request")
    void logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        tokens.revoke(token);
    }
}
