package org.gongshang.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrants;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Handing out and taking back roles: admins any, staff those of organisations in their region. */
@RestController
@RequestMapping("/api/v1/admin/accounts/{id}/roles")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
@Tag(name = "Account administration", description = "账号与角色管理")
class AccountRoleApi {

    record GrantRequestJson(@NotNull(message = "{identity.grant.role-required}") Role role, @Nullable Long organizationId) {
    }

    private final RoleGrants roles;
    private final Actors actors;

    AccountRoleApi(RoleGrants roles, Actors actors) {
        this.roles = roles;
        this.actors = actors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountJson.GrantJson grant(@PathVariable long id, @Valid @RequestBody GrantRequestJson body) {
        return AccountJson.GrantJson.of(roles.grant(id, body.role(), body.organizationId(), actors.require()));
    }

    @DeleteMapping("/{grantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, @PathVariable long grantId) {
        roles.revoke(id, grantId, actors.require());
    }
}
