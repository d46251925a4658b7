package org.gongshang.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Accounts;
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
    private final Actors actors;

    AccountApi(Accounts accounts, Actors actors) {
        this.accounts = accounts;
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
    ResponseEntity<AccountJson> register(@RequestBody RegistrationRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountJson.of(accounts.register(body.toRegistration())));
    }

    @GetMapping("/me")
    AccountJson me() {
        return AccountJson.of(accounts.get(actors.require().accountId()));
    }

    record ProfileChange(@Nullable String email, @Nullable String residenceRegionCode) {
    }

    @PatchMapping("/me")
    AccountJson changeProfile(@RequestBody ProfileChange body) {
        long id = actors.require().accountId();
        accounts.updateProfile(id, body.email(), body.residenceRegionCode());
        return AccountJson.of(accounts.get(id));
    }

    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange";
        }
    }

    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body) {
        accounts.changePassword(actors.require().accountId(), orEmpty(body.currentPassword()), orEmpty(body.newPassword()));
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
        accounts.resetPassword(orEmpty(body.phone()), orEmpty(body.code()), orEmpty(body.newPassword()));
        return ResponseEntity.noContent().build();
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
