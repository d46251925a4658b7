package org.gongshang.identity.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.Actors;
import org.gongshang.identity.CodePurpose;
import org.gongshang.identity.PhoneChange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One's own phone: enrolled with a code to it, replaced only with codes to the old phone and the new one. */
@RestController
@RequestMapping("/api/v1/me/phone")
@Tag(name = "Accounts", description = "实名注册、我的账号 registration and one's own account")
class MyPhoneApi {

    /** Which phone gets the code: the one on record, or the new one. */
    enum Target { CURRENT, NEW }

    /** @param phone the new phone, for {@code to=NEW} */
    record CodeRequestJson(@NotNull(message = "{identity.code-target.required}") Target to, String phone) {

        CodeRequestJson {
            phone = phone == null ? "" : phone;
        }
    }

    /** @param currentCode the code sent to the phone on record; leave it out when there is none yet */
    record PhoneJson(@NotBlank(message = "{identity.phone.required}") String phone, @Nullable String currentCode,
            @NotBlank(message = "{identity.sms-code.required}") String newCode) {

        @Override
        public String toString() {
            return "PhoneJson";
        }
    }

    private final PhoneChange phones;
    private final Actors actors;

    MyPhoneApi(PhoneChange phones, Actors actors) {
        this.phones = phones;
        this.actors = actors;
    }

    @PostMapping(path = "/codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a PHONE_CHANGE code to the phone on record (to=CURRENT) or to a new phone (to=NEW, phone)")
    void sendCode(@Valid @RequestBody CodeRequestJson body, HttpServletRequest request, Locale locale) {
        long id = actors.require().accountId();
        switch (body.to()) {
            case CURRENT -> phones.sendCodeToCurrentPhone(id, request.getRemoteAddr(), locale);
            case NEW -> phones.sendCodeToNewPhone(id, body.phone(), CodePurpose.PHONE_CHANGE, request.getRemoteAddr(), locale);
        }
    }

    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set one's phone: with the code sent to it, and (if one is on record) the code sent to the old phone, which is told")
    void change(@Valid @RequestBody PhoneJson body) {
        long id = actors.require().accountId();
        String currentCode = body.currentCode();
        if (currentCode == null || currentCode.isBlank()) {
            phones.enrol(id, body.phone(), CodePurpose.PHONE_CHANGE, body.newCode());
        } else {
            phones.change(id, body.phone(), currentCode, body.newCode());
        }
    }
}
