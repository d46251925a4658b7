package org.gongshang.identity.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
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

    record CodeRequest(@Nullable String phone, @Nullable CodePurpose purpose) {
    }

    @PostMapping("/verification-codes")
    @Operation(summary = "Send a one-time code by SMS (purpose REGISTER, LOGIN or RESET); 202 when accepted")
    ResponseEntity<Void> sendCode(@RequestBody CodeRequest body, HttpServletRequest request, Locale locale) {
        if (body.phone() == null || body.phone().isBlank()) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        if (body.purpose() == null || body.purpose() == CodePurpose.SECOND_FACTOR) {
            throw DomainException.invalidField("purpose", "identity.code.purpose");
        }
        codes.request(body.phone(), body.purpose(), request.getRemoteAddr(), locale);
        return ResponseEntity.accepted().build();
    }

    /**
     * @param username login name or registered phone, with {@code password}; or {@code phone} with a
     *     LOGIN {@code code}. Accounts that need a second factor send username and password first,
     *     get 401 with code identity.second-factor.required and an SMS, then send all three.
     */
    record TokenRequest(@Nullable String username, @Nullable String password, @Nullable String phone, @Nullable String code) {
        @Override
        public String toString() {
            return "TokenRequest[" + username + "]";
        }
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange credentials for a bearer token")
    TokenResponse token(@RequestBody TokenRequest body, HttpServletRequest request, Locale locale) {
        String ip = request.getRemoteAddr();
        boolean withPassword = body.username() != null && !body.username().isBlank();
        LoginOutcome outcome;
        if (withPassword) {
            outcome = logins.withPassword(body.username(), body.password() == null ? "" : body.password(), ip);
        } else if (body.phone() != null && body.code() != null) {
            outcome = logins.withSmsCode(body.phone(), body.code(), ip);
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
            String phone = logins.phoneOf(accountId)
                    .orElseThrow(() -> DomainException.forbidden("identity.second-factor.enrol-on-web"));
            if (body.code() == null || body.code().isBlank()) {
                codes.requestSecondFactor(phone, ip, locale);
                throw DomainException.unauthenticated("identity.second-factor.required");
            }
            CodeCheck check = codes.check(phone, CodePurpose.SECOND_FACTOR, body.code());
            if (check != CodeCheck.ACCEPTED) {
                throw DomainException.unauthenticated(check.messageKey());
            }
        }
        logins.completed(accountId, withPassword ? "api password" : "api sms", ip);
        AccessTokens.Issued issued = tokens.issue(accountId);
        return new TokenResponse(issued.token(), "Bearer", issued.validity().toSeconds());
    }

    @PostMapping("/logout")
    @Operation(summary = "Revoke the bearer token of this request")
    ResponseEntity<Void> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : "";
        tokens.revoke(token);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
