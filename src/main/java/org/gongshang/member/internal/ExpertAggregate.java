package org.gongshang.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.member.Expert;
import org.gongshang.member.ExpertDetails;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An expert of a committee's pool as kept: the phone encrypted, and masked for display. */
@Table("member_expert")
public record ExpertAggregate(@Id @Nullable Long id, long committeeId, String name, List<String> expertise,
        @Nullable String workUnit, @Nullable String title, byte @Nullable [] phoneCipher, @Nullable String phoneMasked,
        @Nullable Long accountId, boolean active, @Version @Nullable Long version) {

    public ExpertAggregate {
        expertise = List.copyOf(expertise);
    }

    /**
     * @param phone the normalised phone, or null; {@code phoneCipher} and {@code phoneMasked} its stored forms
     * @param surroundingProblems the phone's and the account's, found by the use case
     */
    public static ExpertAggregate add(long committeeId, ExpertDetails details, byte @Nullable [] phoneCipher,
            @Nullable String phoneMasked, @Nullable Long accountId, List<FieldProblem> surroundingProblems) {
        refuseIfAny(details, surroundingProblems);
        return new ExpertAggregate(null, committeeId, Objects.requireNonNull(details.name()), details.expertise(),
                details.workUnit(), details.title(), phoneCipher, phoneMasked, accountId, true, null);
    }

    public ExpertAggregate changedTo(ExpertDetails details, byte @Nullable [] newPhoneCipher, @Nullable String newPhoneMasked,
            @Nullable Long newAccountId, List<FieldProblem> surroundingProblems) {
        refuseIfAny(details, surroundingProblems);
        return new ExpertAggregate(id, committeeId, Objects.requireNonNull(details.name()), details.expertise(),
                details.workUnit(), details.title(), newPhoneCipher, newPhoneMasked, newAccountId, active, version);
    }

    public ExpertAggregate withActive(boolean nowActive) {
        return new ExpertAggregate(id, committeeId, name, expertise, workUnit, title, phoneCipher, phoneMasked, accountId,
                nowActive, version);
    }

    public Expert view() {
        return new Expert(Objects.requireNonNull(id, "saved"), committeeId, name, expertise, workUnit, title, phoneMasked,
                accountId, active);
    }

    private static void refuseIfAny(ExpertDetails details, List<FieldProblem> surroundingProblems) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.name() == null || details.name().length() > MemberAggregate.MAX_NAME) {
            problems.add(new FieldProblem("name", "member.expert.name", MemberAggregate.MAX_NAME));
        }
        if (details.expertise().isEmpty() || details.expertise().size() > MemberAggregate.MAX_TAGS
                || details.expertise().stream().anyMatch(tag -> tag.length() > MemberAggregate.MAX_TAG)) {
            problems.add(new FieldProblem("expertise", "member.expert.expertise", MemberAggregate.MAX_TAGS, MemberAggregate.MAX_TAG));
        }
        if (details.workUnit() != null && details.workUnit().length() > MemberAggregate.MAX_WORK_UNIT) {
            problems.add(new FieldProblem("workUnit", "member.work-unit.too-long", MemberAggregate.MAX_WORK_UNIT));
        }
        if (details.title() != null && details.title().length() > MemberAggregate.MAX_TITLE) {
            problems.add(new FieldProblem("title", "member.title.too-long", MemberAggregate.MAX_TITLE));
        }
        problems.addAll(surroundingProblems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }
}
