package org.gongshang.region.web;

import org.gongshang.region.Organization;
import org.jspecify.annotations.Nullable;

/** An organisation as the API shows it. */
record OrganizationView(long id, String name, String type, String regionCode, @Nullable Long parentId, boolean active) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.type().name(),
                organization.regionCode(), organization.parentId(), organization.active());
    }
}
