package org.gongshang.region;

import org.jspecify.annotations.Nullable;

/** An organisation in a list for reading: with the names of its region and of the organisation it belongs to. */
public record OrganizationListing(long id, String name, OrganizationType type, String regionCode, String regionName,
        @Nullable Long parentId, @Nullable String parentName, boolean active) {
}
