package org.gongshang.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.Actors;
import org.gongshang.identity.PersonalDataReveal;
import org.gongshang.identity.PersonalField;
import org.gongshang.identity.PhoneChange;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What only an administrator does with someone's personal data, each with a reason for the audit log. */
@RestController
@RequestMapping("/api/v1/admin/accounts/{id}")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Account administration", description = "账号与角色管理")
class PersonalDataApi {

    /** The reason's rule (a few words) is the use case's. */
    record RevealJson(@NotNull(message = "{identity.personal-field.required}") PersonalField field,
            @NotNull(message = "{identity.reason.required}") String reason) {
    }

    record RevealedJson(PersonalField field, String value) {

        @Override
        public String toString() {
            return "RevealedJson[" + field + "]";
        }
    }

    record PhoneResetJson(@NotNull(message = "{identity.phone.required}") String phone,
            @NotNull(message = "{identity.reason.required}") String reason) {

        @Override
        public String toString() {
            return "PhoneResetJson";
        }
    }

    private final PersonalDataReveal reveal;
    private final PhoneChange phones;
    private final Actors actors;

    PersonalDataApi(PersonalDataReveal reveal, PhoneChange phones, Actors actors) {
        this.reveal = reveal;
        this.phones = phones;
        this.actors = actors;
    }

    @PostMapping("/reveal")
    @Operation(summary = "The full ID number or phone, for an admin who states why; every view is audited")
    RevealedJson reveal(@PathVariable long id, @Valid @RequestBody RevealJson body) {
        return new RevealedJson(body.field(), reveal.reveal(id, body.field(), body.reason(), actors.require()));
    }

    @PutMapping("/phone")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the phone of someone who lost theirs, with a reason; audited, and the old phone is told")
    void resetPhone(@PathVariable long id, @Valid @RequestBody PhoneResetJson body) {
        phones.resetByAdministrator(id, body.phone(), body.reason(), actors.require());
    }
}
