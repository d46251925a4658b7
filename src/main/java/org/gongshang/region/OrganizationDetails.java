package org.gongshang.region;

import org.jspecify.annotations.Nullable;

/**
 * What an admin says about an organisation when registering or changing it. The type is null
 * when none was chosen, which the registration refuses next to the other problems of the form.
 *
 * @param parentId the organisation it belongs to, of its region or a region above
 */
public record OrganizationDetails(String name, @Nullable OrganizationType type, String regionCode, @Nullable Long parentId) {

    public OrganizationDetails {
        name = name.strip();
        regionCode = regionCode.strip();
    }
}
