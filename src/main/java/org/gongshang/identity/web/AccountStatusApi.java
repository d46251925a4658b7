package org.gongshang.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.AccountStatus;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Disabling and enabling an account, and clearing its sign-in delay; staff only for accounts wholly in their region. */
@RestController
@RequestMapping("/api/v1/admin/accounts/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
@Tag(name = "Account administration", description = "账号与角色管理")
class AccountStatusApi {

    private final AccountStatus status;
    private final Accounts accounts;
    private final Actors actors;

    AccountStatusApi(AccountStatus status, Accounts accounts, Actors actors) {
        this.status = status;
        this.accounts = accounts;
        this.actors = actors;
    }

    @PostMapping("/disable")
    @Operation(summary = "Disable the account; its sessions and tokens stop working at once")
    AccountJson disable(@PathVariable long id) {
        status.setEnabled(id, false, actors.require());
        return AccountJson.of(accounts.get(id));
    }

    @PostMapping("/enable")
    AccountJson enable(@PathVariable long id) {
        status.setEnabled(id, true, actors.require());
        return AccountJson.of(accounts.get(id));
    }

    @PostMapping("/unlock")
    @Operation(summary = "Clear the sign-in delay that failed passwords built up")
    AccountJson unlock(@PathVariable long id) {
        status.clearSignInDelay(id, actors.require());
        return AccountJson.of(accounts.get(id));
    }
}
