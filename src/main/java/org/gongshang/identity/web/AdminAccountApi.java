package org.gongshang.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.AccountScope;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.identity.CreatedAccount;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts a manager may see, and opening one: admins everywhere, staff for their region
 * ({@link AccountRoleApi}, {@link AccountStatusApi} and {@link PersonalDataApi} act on one).
 */
@RestController
@RequestMapping("/api/v1/admin/accounts")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
@Tag(name = "Account administration", description = "账号与角色管理")
class AdminAccountApi {

    /** The fields' rules are the use case's (it reports all of them at once); only what is missing is refused here. */
    record NewAccountJson(@NotNull(message = "{identity.username.required}") String username,
            @NotNull(message = "{identity.real-name.required}") String realName, @Nullable String phone,
            @Nullable String idNumber, @Nullable String email, @NotNull(message = "{identity.grant.role-required}") Role role,
            @Nullable Long organizationId, @Nullable String initialPassword) {

        NewAccount newAccount() {
            return new NewAccount(username, realName, phone, idNumber, email, role, organizationId, initialPassword);
        }

        @Override
        public String toString() {
            return "NewAccountJson[" + username + ", " + role + "]";
        }
    }

    /** The initial password, this once. */
    record CreatedJson(AccountJson account, String initialPassword) {

        @Override
        public String toString() {
            return "CreatedJson[" + account.id() + "]";
        }
    }

    private final Accounts accounts;
    private final AccountScope scope;
    private final AccountOpening opening;
    private final Actors actors;

    AdminAccountApi(Accounts accounts, AccountScope scope, AccountOpening opening, Actors actors) {
        this.accounts = accounts;
        this.scope = scope;
        this.opening = opening;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "Accounts the caller may manage, newest first; q matches name or login name")
    List<AccountJson> list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.search(actors.require(), q, page, size).stream().map(AccountJson::of).toList();
    }

    /** Staff outside the account's region get 404, as if it did not exist. */
    @GetMapping("/{id}")
    AccountJson account(@PathVariable long id) {
        return AccountJson.of(scope.visibleTo(actors.require(), id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account with a role; the initial password is returned once and must be changed at first login")
    CreatedJson open(@Valid @RequestBody NewAccountJson body) {
        CreatedAccount created = opening.open(body.newAccount(), actors.require());
        return new CreatedJson(AccountJson.of(created.account()), created.initialPassword());
    }
}
