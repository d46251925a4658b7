package org.gongshang.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.member.MemberDetails;
import org.gongshang.member.MemberPosition;
import org.gongshang.member.ProfileVisibility;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member profile as it is kept. Its own rules (term and years, position, lengths, tags) are
 * checked here; those that need the committee's sector list or the account are found by
 * {@code MemberRegistration} and handed in, so that all problems of a form come back together.
 */
@Table("member_profile")
public record MemberAggregate(@Id @Nullable Long id, long accountId, long committeeId, String committeeRegionCode,
        String name, String term, int termStartYear, int termEndYear, long sectorId, @Nullable String specialCommittee,
        MemberPosition position, @Nullable String workUnit, @Nullable String title, List<String> expertise,
        boolean publicProfile, boolean showSector, boolean showStation, boolean showDuties, boolean active,
        @Version @Nullable Long version) {

    public static final int MAX_NAME = 30;
    public static final int MAX_TERM = 20;
    public static final int MAX_SPECIAL_COMMITTEE = 60;
    public static final int MAX_WORK_UNIT = 100;
    public static final int MAX_TITLE = 60;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 20;
    /** A term (届) lasts five years; a little more allows for a term extended or started late. */
    public static final int MAX_TERM_YEARS = 6;

    public MemberAggregate {
        expertise = List.copyOf(expertise);
    }

    /**
     * @param sectorId the sector found by name in the committee's active list, or null when it is not there
     * @param surroundingProblems what the registration found about the committee, the sector and the account
     */
    public static MemberAggregate register(long accountId, String name, long committeeId, String committeeRegionCode,
            MemberDetails details, @Nullable Long sectorId, List<FieldProblem> surroundingProblems) {
        refuseIfAny(problemsOf(details, sectorId), surroundingProblems);
        return new MemberAggregate(null, accountId, committeeId, committeeRegionCode, name, details.term(),
                details.termStartYear(), details.termEndYear(), Objects.requireNonNull(sectorId), details.specialCommittee(),
                details.position(), details.workUnit(), details.title(), details.expertise(), true, true, true, true, true,
                null);
    }

    /** The committee stays: a member of another committee is another profile. */
    public MemberAggregate changedTo(MemberDetails details, @Nullable Long newSectorId) {
        refuseIfAny(problemsOf(details, newSectorId), List.of());
        return new MemberAggregate(id, accountId, committeeId, committeeRegionCode, name, details.term(),
                details.termStartYear(), details.termEndYear(), Objects.requireNonNull(newSectorId), details.specialCommittee(),
                details.position(), details.workUnit(), details.title(), details.expertise(), publicProfile, showSector,
                showStation, showDuties, active, version);
    }

    public MemberAggregate visibleAs(ProfileVisibility visibility) {
        return new MemberAggregate(id, accountId, committeeId, committeeRegionCode, name, term, termStartYear, termEndYear,
                sectorId, specialCommittee, position, workUnit, title, expertise, visibility.publicProfile(),
                visibility.sector(), visibility.station(), visibility.duties(), active, version);
    }

    /** A member whose term ended or who left stays on record, out of rosters and notices. */
    public MemberAggregate withActive(boolean nowActive) {
        return new MemberAggregate(id, accountId, committeeId, committeeRegionCode, name, term, termStartYear, termEndYear,
                sectorId, specialCommittee, position, workUnit, title, expertise, publicProfile, showSector, showStation,
                showDuties, nowActive, version);
    }

    public ProfileVisibility visibility() {
        return new ProfileVisibility(publicProfile, showSector, showStation, showDuties);
    }

    public long requireId() {
        return Objects.requireNonNull(id, "saved");
    }

    /** The problems of the details alone, in the order of the form's fields. */
    public static List<FieldProblem> problemsOf(MemberDetails details, @Nullable Long sectorId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.term() == null || details.term().length() > MAX_TERM) {
            problems.add(new FieldProblem("term", "member.term.invalid", MAX_TERM));
        }
        Integer start = details.termStartYear();
        Integer end = details.termEndYear();
        if (start == null || start < 1949 || start > 2100) {
            problems.add(new FieldProblem("termStartYear", "member.term.start-year"));
        }
        if (end == null || end < 1949 || end > 2100 || (start != null && (end < start || end - start > MAX_TERM_YEARS))) {
            problems.add(new FieldProblem("termEndYear", "member.term.end-year", MAX_TERM_YEARS));
        }
        if (details.sector() == null) {
            problems.add(new FieldProblem("sector", "member.sector.required"));
        } else if (sectorId == null) {
            problems.add(new FieldProblem("sector", "member.sector.unknown", details.sector()));
        }
        if (details.specialCommittee() != null && details.specialCommittee().length() > MAX_SPECIAL_COMMITTEE) {
            problems.add(new FieldProblem("specialCommittee", "member.special-committee.too-long", MAX_SPECIAL_COMMITTEE));
        }
        if (details.position() == null) {
            problems.add(new FieldProblem("position", "member.position.required"));
        }
        if (details.workUnit() != null && details.workUnit().length() > MAX_WORK_UNIT) {
            problems.add(new FieldProblem("workUnit", "member.work-unit.too-long", MAX_WORK_UNIT));
        }
        if (details.title() != null && details.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "member.title.too-long", MAX_TITLE));
        }
        if (details.expertise().size() > MAX_TAGS || details.expertise().stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            problems.add(new FieldProblem("expertise", "member.expertise.invalid", MAX_TAGS, MAX_TAG));
        }
        return problems;
    }

    private static void refuseIfAny(List<FieldProblem> own, List<FieldProblem> others) {
        if (own.isEmpty() && others.isEmpty()) {
            return;
        }
        List<FieldProblem> all = new ArrayList<>(others);
        all.addAll(own);
        throw DomainException.invalidFields(all);
    }
}
