package org.gongshang.member.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongshang.member.NewReception;
import org.gongshang.member.ReceptionOutcome;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A reception record as kept: the visitor's name and phone encrypted, with their masked forms for display. */
@Table("member_reception")
public record ReceptionAggregate(@Id @Nullable Long id, long shiftId, long stationId, long memberId,
        byte @Nullable [] visitorNameCipher, @Nullable String visitorNameMasked, byte @Nullable [] visitorPhoneCipher,
        @Nullable String visitorPhoneMasked, TopicCategory category, String communityCode, String description,
        ReceptionOutcome outcome, @Nullable String outcomeNote, @Nullable Long topicId, Instant recordedAt,
        @Version @Nullable Long version) {

    public static final int MAX_NAME = 30;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_NOTE = 1000;

    /**
     * @param personal the visitor's name and phone, encrypted and masked by the use case
     * @param surroundingProblems the phone's and the community's
     */
    public static ReceptionAggregate record(long shiftId, long stationId, long memberId, NewReception reception,
            Personal personal, String communityCode, Instant at, List<FieldProblem> surroundingProblems) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reception.visitorName() != null && reception.visitorName().length() > MAX_NAME) {
            problems.add(new FieldProblem("visitorName", "member.reception.name", MAX_NAME));
        }
        problems.addAll(surroundingProblems);
        if (reception.category() == null) {
            problems.add(new FieldProblem("category", "member.reception.category"));
        }
        if (reception.description() == null || reception.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "member.reception.description", MAX_DESCRIPTION));
        }
        if (reception.outcome() == null || reception.outcome() == ReceptionOutcome.TOPIC) {
            problems.add(new FieldProblem("outcome", "member.reception.outcome"));
        }
        if (reception.outcomeNote() != null && reception.outcomeNote().length() > MAX_NOTE) {
            problems.add(new FieldProblem("outcomeNote", "member.reception.note", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new ReceptionAggregate(null, shiftId, stationId, memberId, personal.nameCipher(), personal.nameMasked(),
                personal.phoneCipher(), personal.phoneMasked(), reception.category(), communityCode,
                Objects.requireNonNull(reception.description()), reception.outcome(), reception.outcomeNote(), null, at, null);
    }

    /** Made into a topic once; a record handed over or answered may still become one. */
    public ReceptionAggregate madeTopic(long newTopicId) {
        if (topicId != null) {
            throw DomainException.conflict("member.topic.already", topicId);
        }
        return new ReceptionAggregate(id, shiftId, stationId, memberId, visitorNameCipher, visitorNameMasked, visitorPhoneCipher,
                visitorPhoneMasked, category, communityCode, description, ReceptionOutcome.TOPIC, outcomeNote, newTopicId,
                recordedAt, version);
    }

    public long requireId() {
        return Objects.requireNonNull(id, "saved");
    }

    /** A visitor's name and phone as kept: ciphers and masks, each null when not given. */
    public record Personal(byte @Nullable [] nameCipher, @Nullable String nameMasked, byte @Nullable [] phoneCipher,
            @Nullable String phoneMasked) {
    }
}
