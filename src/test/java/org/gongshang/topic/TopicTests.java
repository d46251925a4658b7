package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.topic.internal.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The topic aggregate guards its own changes; no Spring, no database. */
class TopicTests {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    static Topic submitted() {
        return Topic.submit("老旧小区加装电梯难", "六层老楼没有电梯，老人上下楼很困难，希望推动加装。", TopicCategory.SOCIETY, "511702001001",
                TopicSource.PUBLIC, SubmissionChannel.ONLINE, null, 1, NOW, List.of());
    }

    static Topic withId(long id, TopicStatus status) {
        Topic t = submitted();
        return new Topic(id, t.title(), t.description(), t.category(), t.regionCode(), t.source(), t.channel(), null, 1, NOW,
                status, false, null, null, null, null, null, null, null, null, null, null);
    }

    static DomainException.Kind kindOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.kind();
        }
        throw new AssertionError("No refusal");
    }

    @Test
    void aTitleOfFourCharactersIsTooShortAndTheDescriptionIsCheckedToo() {
        assertThatThrownBy(() -> Topic.submit("电梯太少", "太短了", TopicCategory.SOCIETY, "511702", TopicSource.PUBLIC,
                SubmissionChannel.ONLINE, null, 1, NOW, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainException.FieldProblem::field).containsExactly("title", "description"));
    }

    @Test
    void sensitiveWordsHoldTheTopicButItIsSubmitted() {
        Topic held = Topic.submit("周末组织游行反对拆迁", "小区拆迁补偿不公，居民打算周末组织游行表达诉求。", TopicCategory.SOCIETY, "511702",
                TopicSource.PUBLIC, SubmissionChannel.ONLINE, null, 1, NOW, List.of("游行"));

        assertThat(held.status()).isEqualTo(TopicStatus.SUBMITTED);
        assertThat(held.held()).isTrue();
        held.release();
        assertThat(held.held()).isFalse();
        assertThat(kindOf(held::release)).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(value = DeclineReason.class, mode = EnumSource.Mode.EXCLUDE, names = "DUPLICATE")
    void everyReasonButDuplicateDeclinesWithANote(DeclineReason reason) {
        Topic topic = submitted();

        topic.decline(reason, "  说明理由  ", 9, NOW);

        assertThat(topic.status()).isEqualTo(TopicStatus.DECLINED);
        assertThat(topic.declineReason()).isEqualTo(reason);
        assertThat(topic.decisionNote()).isEqualTo("说明理由");
        assertThat(topic.screenedBy()).isEqualTo(9L);
    }

    @Test
    void aDuplicateIsMergedIntoItsSurvivorNotDeclined() {
        Topic duplicate = withId(2, TopicStatus.SUBMITTED);
        Topic survivor = withId(1, TopicStatus.ACCEPTED);

        assertThatThrownBy(() -> duplicate.decline(DeclineReason.DUPLICATE, "重复", 9, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems().getFirst().field()).isEqualTo("mergeInto"));
        duplicate.mergeInto(survivor, "与 #1 相同", 9, NOW);

        assertThat(duplicate.status()).isEqualTo(TopicStatus.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo(1L);
        assertThat(duplicate.declineReason()).isEqualTo(DeclineReason.DUPLICATE);
    }

    @Test
    void declineWithoutReasonOrNoteIsRefused() {
        Topic topic = submitted();

        assertThatThrownBy(() -> topic.decline(null, null, 9, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainException.FieldProblem::field).containsExactly("reason", "note"));
        assertThatThrownBy(() -> topic.decline(DeclineReason.VAGUE, "   ", 9, NOW)).isInstanceOf(DomainException.class);
        assertThat(topic.status()).isEqualTo(TopicStatus.SUBMITTED);
    }

    @Test
    void aScreenedTopicCannotBeScreenedAgain() {
        Topic topic = submitted();
        topic.accept(9, null, NOW);

        assertThat(kindOf(() -> topic.decline(DeclineReason.VAGUE, "空泛", 9, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(kindOf(() -> topic.accept(9, null, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void aTopicCannotMergeIntoItselfNorIntoAClosedOne() {
        Topic topic = withId(1, TopicStatus.SUBMITTED);

        assertThat(kindOf(() -> topic.mergeInto(withId(1, TopicStatus.SUBMITTED), "重复", 9, NOW))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(kindOf(() -> topic.mergeInto(withId(3, TopicStatus.DECLINED), "重复", 9, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void routingEscalatesAndHandsDownOnlyAcceptedTopics() {
        Topic topic = submitted();
        assertThat(kindOf(() -> topic.routeTo(RoutingLevel.CPPCC, 5))).isEqualTo(DomainException.Kind.CONFLICT);
        topic.accept(9, null, NOW);

        assertThat(topic.routeTo(RoutingLevel.GRASSROOTS, 7)).isEqualTo(Movement.ROUTED);
        assertThat(topic.routeTo(RoutingLevel.CPPCC, 5)).isEqualTo(Movement.ESCALATED);
        assertThat(topic.routeTo(RoutingLevel.GRASSROOTS, 8)).isEqualTo(Movement.HANDED_DOWN);
        assertThat(kindOf(() -> topic.routeTo(RoutingLevel.GRASSROOTS, 8))).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void thePlanAndConsultationModulesMoveAcceptedTopicsOn() {
        Topic topic = submitted();
        topic.accept(9, null, NOW);

        topic.plan(42);
        topic.startConsultation(77);
        topic.concludeConsultation();

        assertThat(topic.status()).isEqualTo(TopicStatus.CONSULTED);
        assertThat(topic.planId()).isEqualTo(42L);
        assertThat(topic.consultationId()).isEqualTo(77L);
        assertThat(kindOf(() -> topic.plan(43))).isEqualTo(DomainException.Kind.CONFLICT);
    }
}
