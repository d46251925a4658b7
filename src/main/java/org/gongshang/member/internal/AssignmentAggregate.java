package org.gongshang.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member's assignment to a community or village for a period (入驻), as kept. */
@Table("member_assignment")
public record AssignmentAggregate(@Id @Nullable Long id, long memberId, String communityCode, LocalDate startsOn,
        LocalDate endsOn, long assignedBy, @Nullable Long endedBy, @Nullable String note, @Version @Nullable Long version) {

    public static final int MAX_NOTE = 200;
    /** A term lasts five years; an assignment cannot outlast one. */
    public static final int MAX_YEARS = 5;

    /** @param surroundingProblems the community's, found by the use case */
    public static AssignmentAggregate assign(long memberId, String communityCode, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable String note, long by, List<FieldProblem> surroundingProblems) {
        List<FieldProblem> problems = new ArrayList<>(surroundingProblems);
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "member.assignment.starts"));
        }
        if (endsOn == null || (startsOn != null && (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusYears(MAX_YEARS))))) {
            problems.add(new FieldProblem("endsOn", "member.assignment.ends", MAX_YEARS));
        }
        String clean = note == null ? null : note.replace("\u0000", "").strip();
        if (clean != null && clean.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "member.assignment.note", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new AssignmentAggregate(null, memberId, communityCode, startsOn, endsOn, by, null,
                clean == null || clean.isEmpty() ? null : clean, null);
    }

    /** Ends it early: the day given is the last day the member is assigned. An ended one stays as history. */
    public AssignmentAggregate endedOn(LocalDate day, long by) {
        if (day.isAfter(endsOn) || day.isBefore(startsOn)) {
            throw DomainException.conflict("member.assignment.end-date", startsOn, endsOn);
        }
        return new AssignmentAggregate(id, memberId, communityCode, startsOn, day, assignedBy, by, note, version);
    }
}
