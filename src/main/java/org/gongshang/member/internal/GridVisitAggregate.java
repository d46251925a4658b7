package org.gongshang.member.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.member.NewGridVisit;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A grid visit as kept. */
@Table("member_grid_visit")
public record GridVisitAggregate(@Id @Nullable Long id, long memberId, String gridCode, String communityCode, LocalDate visitedOn,
        int households, String findings, TopicCategory category, @Nullable Long topicId, Instant recordedAt,
        @Version @Nullable Long version) {

    public static final int MAX_FINDINGS = 4000;
    public static final int MAX_HOUSEHOLDS = 5000;
    /** A visit is recorded within this many days, while it is fresh. */
    public static final int MAX_DAYS_BACK = 31;

    /** @param surroundingProblems the grid's, found by the use case */
    public static GridVisitAggregate record(long memberId, NewGridVisit visit, String communityCode, LocalDate today, Instant at,
            List<FieldProblem> surroundingProblems) {
        List<FieldProblem> problems = new ArrayList<>(surroundingProblems);
        if (visit.visitedOn() == null || visit.visitedOn().isAfter(today) || visit.visitedOn().isBefore(today.minusDays(MAX_DAYS_BACK))) {
            problems.add(new FieldProblem("visitedOn", "member.visit.day", MAX_DAYS_BACK));
        }
        if (visit.households() == null || visit.households() < 0 || visit.households() > MAX_HOUSEHOLDS) {
            problems.add(new FieldProblem("households", "member.visit.households", MAX_HOUSEHOLDS));
        }
        if (visit.findings() == null || visit.findings().length() > MAX_FINDINGS) {
            problems.add(new FieldProblem("findings", "member.visit.findings", MAX_FINDINGS));
        }
        if (visit.category() == null) {
            problems.add(new FieldProblem("category", "member.reception.category"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new GridVisitAggregate(null, memberId, Objects.requireNonNull(visit.gridCode()), communityCode, visit.visitedOn(),
                visit.households(), visit.findings(), visit.category(), null, at, null);
    }

    public GridVisitAggregate madeTopic(long newTopicId) {
        if (topicId != null) {
            throw DomainException.conflict("member.topic.already", topicId);
        }
        return new GridVisitAggregate(id, memberId, gridCode, communityCode, visitedOn, households, findings, category, newTopicId,
                recordedAt, version);
    }

    public long requireId() {
        return Objects.requireNonNull(id, "saved");
    }
}
