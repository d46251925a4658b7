package org.gongshang.region.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationDetails;
import org.gongshang.region.OrganizationRegistration;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.security.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "政协、党政部门、街道乡镇、社区村委会、社会组织")
class OrganizationApi {

    /** @param active on a change: deactivate (false) or reactivate (true); absent leaves it */
    record OrganizationDetailsJson(
            @NotNull(message = "{organization.name.required}") @Size(max = 100, message = "{organization.name.size}") String name,
            @NotNull(message = "{organization.type.required}") OrganizationType type,
            @NotNull(message = "{organization.region.required}") String regionCode,
            @Nullable Long parentId, @Nullable Boolean active) {

        OrganizationDetails details() {
            return new OrganizationDetails(name, type, regionCode, parentId);
        }
    }

    private final Organizations organizations;
    private final OrganizationRegistration registration;

    OrganizationApi(Organizations organizations, OrganizationRegistration registration) {
        this.organizations = organizations;
        this.registration = registration;
    }

    /** Active organisations of a type in a region and below; both filters optional. */
    @GetMapping
    List<OrganizationJson> list(@RequestParam(required = false) @Nullable OrganizationType type,
            @RequestParam(required = false) @Nullable String region) {
        return organizations.list(type, region).stream().map(OrganizationJson::of).toList();
    }

    @GetMapping("/{id}")
    OrganizationJson organization(@PathVariable long id) {
        return OrganizationJson.of(organizations.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    OrganizationJson add(@Valid @RequestBody OrganizationDetailsJson body) {
        return OrganizationJson.of(registration.register(body.details(), CurrentAccount.idOrNull()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    OrganizationJson change(@PathVariable long id, @Valid @RequestBody OrganizationDetailsJson body) {
        Organization organization = registration.change(id, body.details(), CurrentAccount.idOrNull());
        if (Boolean.TRUE.equals(body.active())) {
            organization = registration.reactivate(id, CurrentAccount.idOrNull());
        } else if (Boolean.FALSE.equals(body.active())) {
            organization = registration.deactivate(id, CurrentAccount.idOrNull());
        }
        return OrganizationJson.of(organization);
    }
}
