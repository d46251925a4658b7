package org.gongshang.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.ProfileChange;
import org.gongshang.identity.Registration;
import org.gongshang.identity.ResidentRegistration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, one's own account and passwords. What a field must look like is the use cases'
 * (they check all fields at once); a record only refuses what is missing.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "实名注册、我的账号 registration and one's own account")
class AccountApi {

    record RegistrationJson(@NotNull(message = "{identity.phone.required}") String phone,
            @NotNull(message = "{identity.sms-code.required}") String code,
            @NotNull(message = "{identity.password.required}") String password,
            @NotNull(message = "{identity.real-name.required}") String realName,
            @NotNull(message = "{identity.id-number.required}") String idNumber, @Nullable String residenceRegionCode) {

        Registration registration() {
            return new Registration(phone, code, password, realName, idNumber, residenceRegionCode);
        }

        @Override
        public String toString() {
            return "RegistrationJson[" + realName + "]";
        }
    }

    /** Both optional: null or blank clears. */
    record ProfileJson(@Nullable String email, @Nullable String residenceRegionCode) {
    }

    record PasswordChangeJson(@NotNull(message = "{identity.password.required}") String currentPassword,
            @NotNull(message = "{identity.password.required}") String newPassword) {

        @Override
        public String toString() {
            return "PasswordChangeJson";
        }
    }

    record PasswordResetJson(@NotNull(message = "{identity.phone.required}") String phone,
            @NotNull(message = "{identity.sms-code.required}") String code,
            @NotNull(message = "{identity.password.required}") String newPassword) {

        @Override
        public String toString() {
            return "PasswordResetJson";
        }
    }

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

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a resident with real name, ID number and a phone verified by a REGISTER code")
    AccountJson register(@Valid @RequestBody RegistrationJson body, HttpServletRequest request) {
        return AccountJson.of(registration.register(body.registration(), request.getRemoteAddr()));
    }

    @GetMapping("/me")
    AccountJson me() {
        return AccountJson.of(accounts.get(actors.require().accountId()));
    }

    @PatchMapping("/me")
    AccountJson changeProfile(@Valid @RequestBody ProfileJson body) {
        long id = actors.require().accountId();
        profiles.update(id, body.email(), body.residenceRegionCode());
        return AccountJson.of(accounts.get(id));
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password; every token of the account, this one included, is revoked")
    void changePassword(@Valid @RequestBody PasswordChangeJson body) {
        passwords.change(actors.require().accountId(), body.currentPassword(), body.newPassword());
    }

    @PostMapping("/auth/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a RESET code sent to the registered phone")
    void resetPassword(@Valid @RequestBody PasswordResetJson body) {
        passwords.reset(body.phone(), body.code(), body.newPassword());
    }
}
