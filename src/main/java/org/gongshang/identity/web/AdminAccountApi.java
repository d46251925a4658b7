package org.gongshang.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.AccountScope;
import org.gongshang.identity.AccountStatus;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.CreatedAccount;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.PersonalDataReveal;
import org.gongshang.identity.PersonalField;
import org.gongshang.identity.PhoneChange;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrants;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account management for admins (everywhere) and staff (accounts of their region). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
@Tag(name = "Account administration", description = "账号与角色管理")
class AdminAccountApi {

    private final Accounts accounts;
    private final AccountScope scope;
    private final AccountOpening opening;
    private final RoleGrants roles;
    private final AccountStatus status;
    private final PersonalDataReveal reveal;
    private final PhoneChange phones;
    private final Actors actors;

    AdminAccountApi(Accounts accounts, AccountScope scope, AccountOpening opening, RoleGrants roles, AccountStatus status,
            PersonalDataReveal reveal, PhoneChange phones, Actors actors) {
        this.accounts = accounts;
        this.scope = scope;
        this.opening = opening;
        this.roles = roles;
        this.status = status;
        this.reveal = reveal;
        this.phones = phones;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "Accounts the caller may manage, newest first; q matches name or login name")
    List<AccountJson> list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.search(actors.require(), q, page, size).stream().map(AccountJson::of).toList();
    }

    @GetMapping("/{id}")
    AccountJson account(@PathVariable long id) {
        return AccountJson.of(accounts.get(managed(id)));
    }

    record NewAccountRequest(@Nullable String username, @Nullable String realName, @Nullable String phone,
            @Nullable String idNumber, @Nullable String email, @Nullable Role role, @Nullable Long organizationId,
            @Nullable String initialPassword) {
        @Override
        public String toString() {
            return "NewAccountRequest[" + username + ", " + role + "]";
        }
    }

    record CreatedJson(AccountJson account, String initialPassword) {
        @Override
        public String toString() {
            return "CreatedJson[" + account.id() + "]";
        }
    }

    @PostMapping
    @Operation(summary = "Open an account with a role; the initial password is returned once and must be changed at first login")
    ResponseEntity<CreatedJson> create(@RequestBody NewAccountRequest body) {
        if (body.role() == null) {
            throw DomainException.invalidField("role", "identity.grant.role-required");
        }
        CreatedAccount created = opening.open(new NewAccount(AccountApi.orEmpty(body.username()),
                AccountApi.orEmpty(body.realName()), body.phone(), body.idNumber(), body.email(), body.role(),
                body.organizationId(), body.initialPassword()), actors.require());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedJson(AccountJson.of(created.account()), created.initialPassword()));
    }

    record GrantRequest(@Nullable Role role, @Nullable Long organizationId) {
    }

    @PostMapping("/{id}/roles")
    ResponseEntity<AccountJson.GrantJson> grant(@PathVariable long id, @RequestBody GrantRequest body) {
        if (body.role() == null) {
            throw DomainException.invalidField("role", "identity.grant.role-required");
        }
        var grant = roles.grant(id, body.role(), body.organizationId(), actors.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountJson.GrantJson.of(grant));
    }

    @DeleteMapping("/{id}/roles/{grantId}")
    ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long grantId) {
        roles.revoke(id, grantId, actors.require());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/disable")
    AccountJson disable(@PathVariable long id) {
        status.setEnabled(id, false, actors.require());
        return AccountJson.of(accounts.get(id));
    }

    @PostMapping("/{id}/enable")
    AccountJson enable(@PathVariable long id) {
        status.setEnabled(id, true, actors.require());
        return AccountJson.of(accounts.get(id));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Clear the sign-in delay that failed passwords built up")
    AccountJson unlock(@PathVariable long id) {
        status.clearSignInDelay(id, actors.require());
        return AccountJson.of(accounts.get(id));
    }

    record RevealRequest(@Nullable PersonalField field, @Nullable String reason) {
    }

    record Revealed(PersonalField field, String value) {
        @Override
        public String toString() {
            return "Revealed[" + field + "]";
        }
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The full ID number or phone, for an admin who states why; every view is audited")
    Revealed reveal(@PathVariable long id, @RequestBody RevealRequest body) {
        if (body.field() == null) {
            throw DomainException.invalidField("field", "identity.reveal.field");
        }
        return new Revealed(body.field(), reveal.reveal(id, body.field(), AccountApi.orEmpty(body.reason()), actors.require()));
    }

    record PhoneReset(@Nullable String phone, @Nullable String reason) {
        @Override
        public String toString() {
            return "PhoneReset";
        }
    }

    @PutMapping("/{id}/phone")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set the phone of someone who lost theirs, with a reason; audited, and the old phone is told")
    ResponseEntity<Void> resetPhone(@PathVariable long id, @RequestBody PhoneReset body) {
        phones.resetByAdministrator(id, AccountApi.orEmpty(body.phone()), AccountApi.orEmpty(body.reason()), actors.require());
        return ResponseEntity.noContent().build();
    }

    /** Staff outside the account's region get 404, as if it did not exist. */
    private long managed(long id) {
        Actor actor = actors.require();
        accounts.get(id);
        if (!scope.mayView(actor, id)) {
            throw DomainException.notFound("identity.account.unknown", id);
        }
        return id;
    }
}
