package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A CPPCC member (政协委员) of a committee: an account with the MEMBER role and this profile.
 *
 * @param id the member profile, which is what the member pages and the API call a member
 * @param term the term (届), e.g. 第五届, with its years
 */
public record Member(long id, long accountId, long committeeId, String committeeName, String name, String term,
        int termStartYear, int termEndYear, long sectorId, String sectorName, @Nullable String specialCommittee,
        MemberPosition position, @Nullable String workUnit, @Nullable String title, List<String> expertise,
        ProfileVisibility visibility, boolean active) {

    public Member {
        expertise = List.copyOf(expertise);
    }
}
