package org.gongshang.region.web;

import org.gongshang.region.Organization;
import org.jspecify.annotations.Nullable;

/** An organisation as the API shows it. */
record OrganizationJson(long id, String name, String type, String regionCode, @Nullable Long parentId, boolean active) {

    static OrganizationJson of(Organization organization) {
        return new OrganizationJson(organization.id(), organization.name(), organization.type().name(),
                organization.regionCode(), organization.parentId(), organization.active());
    }
}
