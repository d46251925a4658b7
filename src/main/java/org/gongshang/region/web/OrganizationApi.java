package org.gongshang.region.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.security.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "政协、党政部门、街道乡镇、社区村委会、社会组织")
class OrganizationApi {

    private final Organizations organizations;

    OrganizationApi(Organizations organizations) {
        this.organizations = organizations;
    }

    /** Active organisations of a type in a region and below; both filters optional. */
    @GetMapping
    List<OrganizationView> list(@RequestParam(required = false) @Nullable OrganizationType type,
            @RequestParam(required = false) @Nullable String region) {
        return organizations.list(type, region).stream().map(OrganizationView::of).toList();
    }

    @GetMapping("/{id}")
    OrganizationView organization(@PathVariable long id) {
        return OrganizationView.of(organizations.get(id));
    }

    record OrganizationForm(@NotNull String name, @NotNull OrganizationType type, @NotNull String regionCode,
            @Nullable Long parentId, @Nullable Boolean active) {
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<OrganizationView> add(@RequestBody @Valid OrganizationForm body) {
        var organization = organizations.add(body.name(), body.type(), body.regionCode(), body.parentId(),
                CurrentAccount.idOrNull());
        return ResponseEntity.status(HttpStatus.CREATED).body(OrganizationView.of(organization));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    OrganizationView update(@PathVariable long id, @RequestBody @Valid OrganizationForm body) {
        organizations.update(id, body.name(), body.type(), body.regionCode(), body.parentId(), CurrentAccount.idOrNull());
        if (body.active() != null) {
            organizations.setActive(id, body.active(), CurrentAccount.idOrNull());
        }
        return OrganizationView.of(organizations.get(id));
    }
}
