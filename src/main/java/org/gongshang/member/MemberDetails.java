package org.gongshang.member;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What staff say about a member when registering or changing the profile. Missing values are
 * null, refused next to the other problems of the form; texts are stripped, blanks become null.
 *
 * @param sector the sector's name in the committee's list (界别)
 * @param expertise tags such as 城市规划, 法律
 */
public record MemberDetails(@Nullable Long committeeId, @Nullable String term, @Nullable Integer termStartYear,
        @Nullable Integer termEndYear, @Nullable String sector, @Nullable String specialCommittee,
        @Nullable MemberPosition position, @Nullable String workUnit, @Nullable String title, List<String> expertise) {

    public MemberDetails {
        term = Texts.clean(term);
        sector = Texts.clean(sector);
        specialCommittee = Texts.clean(specialCommittee);
        workUnit = Texts.clean(workUnit);
        title = Texts.clean(title);
        expertise = expertise == null ? List.of()
                : expertise.stream().map(Texts::cleanOrEmpty).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    /** Tags as typed in one field, separated by commas, semicolons or 、 (Chinese or Latin). */
    public static List<String> tags(@Nullable String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,，;；、\\n]")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
    }
}
