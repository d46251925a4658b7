package org.gongshang.region;

import org.jspecify.annotations.Nullable;

/**
 * An organisation acting in a region, e.g. 达州市政协 in 511700, 市住房和城乡建设局 in 511700, a
 * community residents' committee in its community.
 *
 * @param parentId the organisation it belongs to, e.g. a liaison group's CPPCC committee
 */
public record Organization(long id, String name, OrganizationType type, String regionCode,
        @Nullable Long parentId, boolean active) {
}
