package org.gongshang.region.web;

import org.gongshang.region.Organization;
import org.jspecify.annotations.Nullable;

/** An organisation in the admin list, with the names of its region and parent for reading. */
record OrganizationRow(Organization organization, String regionName, @Nullable String parentName) {
}
