package org.gongshang.member.web;

import java.util.List;

import org.gongshang.member.Member;
import org.gongshang.member.MemberListing;
import org.gongshang.member.ProfileVisibility;
import org.gongshang.member.PublicProfile;
import org.jspecify.annotations.Nullable;

/** A member as the API shows it to staff and to the member. */
record MemberJson(long id, long accountId, long committeeId, String committeeName, String name, String term,
        int termStartYear, int termEndYear, String sector, @Nullable String specialCommittee, String position,
        @Nullable String workUnit, @Nullable String title, List<String> expertise, ProfileVisibility visibility,
        boolean active) {

    static MemberJson of(Member m) {
        return new MemberJson(m.id(), m.accountId(), m.committeeId(), m.committeeName(), m.name(), m.term(), m.termStartYear(),
                m.termEndYear(), m.sectorName(), m.specialCommittee(), m.position().name(), m.workUnit(), m.title(),
                m.expertise(), m.visibility(), m.active());
    }

    /** A member in a list. */
    record Listed(long id, String name, long committeeId, String sector, String position, @Nullable String workUnit,
            boolean active) {

        static Listed of(MemberListing m) {
            return new Listed(m.id(), m.name(), m.committeeId(), m.sectorName(), m.position().name(), m.workUnit(), m.active());
        }
    }

    /** The public profile: only what the member allows. */
    record Public(long id, String name, String committee, @Nullable String sector, List<PublicProfile.StationLink> stations,
            @Nullable Integer dutiesThisYear, @Nullable String photo) {

        static Public of(PublicProfile p) {
            return new Public(p.id(), p.name(), p.committeeName(), p.sectorName(), p.stations(), p.dutiesThisYear(),
                    p.hasPhoto() ? "/members/" + p.id() + "/photo" : null);
        }
    }
}
