package org.gongshang.member;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the staff's member list, each optional.
 *
 * @param regionCode members present (reporting to or assigned to a community) in this region or below
 * @param text part of a name, work unit or expertise tag
 */
public record MemberSearch(@Nullable Long committeeId, @Nullable Long sectorId, @Nullable String regionCode,
        @Nullable String text, boolean includeInactive) {

    public static final MemberSearch ALL = new MemberSearch(null, null, null, null, false);

    public MemberSearch {
        regionCode = Texts.clean(regionCode);
        text = Texts.clean(text);
    }
}
