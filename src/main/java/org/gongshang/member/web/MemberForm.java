package org.gongshang.member.web;

import jakarta.validation.constraints.Size;
import org.gongshang.member.Member;
import org.gongshang.member.MemberDetails;
import org.gongshang.member.MemberPosition;
import org.gongshang.member.NewMember;
import org.jspecify.annotations.Nullable;

/**
 * The profile form of staff: the account part (for a new member) and the profile. Lengths only;
 * the rules are the registration's, shared with the CSV import and the API.
 */
record MemberForm(@Size(max = 40, message = "{member.username.size}") @Nullable String username,
        @Size(max = 30, message = "{member.real-name.size}") @Nullable String realName,
        @Size(max = 20, message = "{member.phone.size}") @Nullable String phone,
        @Size(max = 18, message = "{member.id-number.size}") @Nullable String idNumber,
        @Size(max = 100, message = "{member.email.size}") @Nullable String email,
        @Nullable Long committeeId,
        @Size(max = 20, message = "{member.term.size}") @Nullable String term,
        @Nullable Integer termStartYear, @Nullable Integer termEndYear,
        @Size(max = 40, message = "{member.sector.size}") @Nullable String sector,
        @Size(max = 60, message = "{member.special-committee.size}") @Nullable String specialCommittee,
        @Nullable MemberPosition position,
        @Size(max = 100, message = "{member.work-unit.size}") @Nullable String workUnit,
        @Size(max = 60, message = "{member.title.size}") @Nullable String title,
        @Size(max = 300, message = "{member.expertise.size}") @Nullable String expertise) {

    static MemberForm empty(@Nullable Long committeeId) {
        return new MemberForm(null, null, null, null, null, committeeId, null, null, null, null, null,
                MemberPosition.ORDINARY, null, null, null);
    }

    static MemberForm of(Member member) {
        return new MemberForm(null, null, null, null, null, member.committeeId(), member.term(), member.termStartYear(),
                member.termEndYear(), member.sectorName(), member.specialCommittee(), member.position(), member.workUnit(),
                member.title(), String.join("、", member.expertise()));
    }

    MemberDetails details() {
        return new MemberDetails(committeeId, term, termStartYear, termEndYear, sector, specialCommittee, position, workUnit,
                title, MemberDetails.tags(expertise));
    }

    NewMember newMember() {
        return new NewMember(username == null ? "" : username, realName, phone, idNumber, email, details());
    }
}
