package org.gongshang.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.ProfileChange;
import org.gongshang.identity.ResidentRegistration;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "实名注册、我的账号 registration and one's own account")
class AccountApi {

    private final Accounts accounts;
    private final ResidentRegistration registration;
    private final ProfileChange profiles;
    private final Passwords passwords;
    private final Actors actors;

    AccountApi(Accounts accounts, ResidentRegistration registration, ProfileChange profiles, Passwords passwords,
            Actors actors) {
        this.accounts = accounts;
        this.registration = registration;
        this.profiles = profiles;
        this.passwords = passwords;
        this.actors = actors;
    }

    record RegistrationRequest(@Nullable String phone, @Nullable String code, @Nullable String password,
            @Nullable String realName, @Nullable String idNumber, @Nullable String residenceRegionCode) {
        Registration toRegistration() {
            return new Registration(orEmpty(phone), orEmpty(code), orEmpty(password), orEmpty(realName), orEmpty(idNumber),
                    residenceRegionCode);
        }

        @Override
        public String toString() {
            return "RegistrationRequest[" + realName + "]";
        }
    }

    @PostMapping("/accounts")
    @Operation(summary = "Register a resident with real name, ID number and a phone verified by a REGISTER code")
    ResponseEntity<AccountJson> register(@RequestBody RegistrationRequest body, HttpServletRequest request) {
        var account = registration.register(body.toRegistration(), request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountJson.of(account));
    }

    @GetMapping("/me")
    AccountJson me() {
        return AccountJson.of(accounts.get(actors.require().accountId()));
    }

    record ProfileRequest(@Nullable String email, @Nullable String residenceRegionCode) {
    }

    @PatchMapping("/me")
    AccountJson changeProfile(@RequestBody ProfileRequest body) {
        long id = actors.require().accountId();
        profiles.update(id, body.email(), body.residenceRegionCode());
        return AccountJson.of(accounts.get(id));
    }

    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange";
        }
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change the password; every token of the account, this one included, is revoked")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body) {
        passwords.change(actors.require().accountId(), orEmpty(body.currentPassword()), orEmpty(body.newPassword()));
        return ResponseEntity.noContent().build();
    }

    record PasswordReset(@Nullable String phone, @Nullable String code, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordReset";
        }
    }

    @PostMapping("/auth/password-reset")
    @Operation(summary = "Set a new password with a RESET code sent to the registered phone")
    ResponseEntity<Void> resetPassword(@RequestBody PasswordReset body) {
        passwords.reset(orEmpty(body.phone()), orEmpty(body.code()), orEmpty(body.newPassword()));
        return ResponseEntity.noContent().build();
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
