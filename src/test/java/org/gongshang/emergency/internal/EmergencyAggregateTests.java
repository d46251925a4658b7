package org.gongshang.emergency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.gongshang.emergency.EmergencyCategory;
import org.gongshang.emergency.EmergencyStatus;
import org.gongshang.emergency.EscalationLevel;
import org.gongshang.emergency.NewEmergency;
import org.gongshang.emergency.Place;
import org.gongshang.emergency.Resolution;
import org.gongshang.emergency.ReviewOutcome;
import org.gongshang.emergency.Severity;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The aggregate's rules without Spring: what a report needs, and every act in every status. */
class EmergencyAggregateTests {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final Place PLACE = new Place("511702001001", "511702001001", "511702001000", "511702", "凤凰苑 3 栋", null, null);

    static NewEmergency report() {
        return new NewEmergency("凤凰苑地下车库被淹", "供水主管爆裂，地下车库积水约一米。", EmergencyCategory.UTILITIES,
                Severity.MAJOR, "511702001001", "凤凰苑 3 栋", null, null, NOW.minus(Duration.ofMinutes(20)), 300);
    }

    static EmergencyAggregate stored(EmergencyAggregate emergency, long id) {
        return new EmergencyAggregate(id, emergency.title(), emergency.description(), emergency.category(), emergency.severity(),
                emergency.status(), emergency.place(), emergency.occurredAt(), emergency.peopleAffected(), emergency.reportedBy(),
                emergency.times(), emergency.escalation(), emergency.confirmedBy(), emergency.declineReason(),
                emergency.mergedInto(), emergency.consultationId(), emergency.deliberationId(), emergency.resolution(),
                emergency.review(), emergency.topicId(), 0L);
    }

    /** An event of the given status, reached through the acts. */
    static EmergencyAggregate in(EmergencyStatus status) {
        EmergencyAggregate reported = stored(EmergencyAggregate.report(report(), PLACE, 7, false, NOW), 1);
        EmergencyAggregate other = stored(EmergencyAggregate.report(report(), PLACE, 8, true, NOW), 2);
        return switch (status) {
            case REPORTED -> reported;
            case OPEN -> reported.confirm(null, 9, NOW);
            case RESOLVED -> in(EmergencyStatus.OPEN).resolve(done(), NOW);
            case REVIEWED -> in(EmergencyStatus.RESOLVED).review(ReviewOutcome.ONE_OFF, "个别管道老化", null, 9, NOW);
            case MERGED -> reported.mergeInto(other);
            case DECLINED -> reported.decline("系居民家中水管漏水", 9);
        };
    }

    static Resolution done() {
        return new Resolution("关闭阀门，更换破裂管段，抽干积水。", "市自来水公司抢修队", NOW, 9);
    }

    @Test
    void aWellFormedReportHasNoProblems() {
        assertThat(EmergencyAggregate.problemsOf(report(), NOW)).isEmpty();
    }

    @Test
    void anEmptyReportNamesEveryMissingField() {
        NewEmergency empty = new NewEmergency(null, null, null, null, null, null, null, null, null, null);

        assertThat(EmergencyAggregate.problemsOf(empty, NOW)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("title", "description", "category", "severity");
    }

    @Test
    void aReportFromTheFutureOrFromLongAgoIsRefused() {
        Function<Instant, List<FieldProblem>> at = occurred -> EmergencyAggregate.problemsOf(new NewEmergency("凤凰苑地下车库被淹",
                "积水", EmergencyCategory.UTILITIES, Severity.MINOR, null, null, null, null, occurred, null), NOW);

        assertThat(at.apply(NOW.plus(Duration.ofHours(1)))).extracting(FieldProblem::field).containsExactly("occurredAt");
        assertThat(at.apply(NOW.minus(Duration.ofDays(31)))).extracting(FieldProblem::field).containsExactly("occurredAt");
        assertThat(at.apply(NOW.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void aMapPointNeedsBothCoordinatesWithinTheirRanges() {
        Function<BigDecimal[], List<FieldProblem>> point = p -> EmergencyAggregate.problemsOf(new NewEmergency("凤凰苑地下车库被淹",
                "积水", EmergencyCategory.UTILITIES, Severity.MINOR, null, null, p[0], p[1], null, null), NOW);

        assertThat(point.apply(new BigDecimal[] {new BigDecimal("31.2"), null})).extracting(FieldProblem::field).containsExactly("latitude");
        assertThat(point.apply(new BigDecimal[] {new BigDecimal("91"), new BigDecimal("107.5")})).hasSize(1);
        assertThat(point.apply(new BigDecimal[] {new BigDecimal("31.2"), new BigDecimal("107.1234567")})).hasSize(1);
        assertThat(point.apply(new BigDecimal[] {new BigDecimal("31.209"), new BigDecimal("107.468")})).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedAtTheirField() {
        NewEmergency nul = new NewEmergency("凤凰苑车库\u0000被淹", "积水\u0007", EmergencyCategory.UTILITIES, Severity.MINOR, null,
                null, null, null, null, null);

        assertThat(EmergencyAggregate.problemsOf(nul, NOW)).extracting(FieldProblem::field).containsExactly("title", "description");
        assertThat(EmergencyInput.writable("第一行\n第二行\t完")).isTrue();
    }

    @Test
    void hugeOrNegativeNumbersOfPeopleAreRefused() {
        NewEmergency negative = new NewEmergency("凤凰苑地下车库被淹", "积水", EmergencyCategory.UTILITIES, Severity.MINOR, null,
                null, null, null, null, -1);
        NewEmergency huge = new NewEmergency("凤凰苑地下车库被淹", "积水", EmergencyCategory.UTILITIES, Severity.MINOR, null,
                null, null, null, null, Integer.MAX_VALUE);

        assertThat(EmergencyAggregate.problemsOf(negative, NOW)).extracting(FieldProblem::field).containsExactly("peopleAffected");
        assertThat(EmergencyAggregate.problemsOf(huge, NOW)).extracting(FieldProblem::field).containsExactly("peopleAffected");
    }

    @Test
    void aResidentsReportWaitsAndEveryoneElsesIsConfirmedAtOnce() {
        EmergencyAggregate resident = EmergencyAggregate.report(report(), PLACE, 7, false, NOW);
        EmergencyAggregate cadre = EmergencyAggregate.report(report(), PLACE, 8, true, NOW);

        assertThat(resident.status()).isEqualTo(EmergencyStatus.REPORTED);
        assertThat(resident.times().confirmedAt()).isNull();
        assertThat(cadre.status()).isEqualTo(EmergencyStatus.OPEN);
        assertThat(cadre.times().confirmedAt()).isEqualTo(NOW);
        assertThat(cadre.confirmedBy()).isEqualTo(8L);
        assertThat(cadre.escalation()).isEqualTo(EscalationLevel.COMMUNITY);
    }

    @Test
    void aCadreMayGradeTheReportAnewWhenConfirming() {
        EmergencyAggregate confirmed = in(EmergencyStatus.REPORTED).confirm(Severity.SERIOUS, 9, NOW);

        assertThat(confirmed.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(confirmed.status()).isEqualTo(EmergencyStatus.OPEN);
    }

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void onlyAReportWaitingForConfirmationIsConfirmedOrDeclined(EmergencyStatus status) {
        EmergencyAggregate emergency = in(status);
        if (status == EmergencyStatus.REPORTED) {
            assertThat(emergency.confirm(null, 9, NOW).status()).isEqualTo(EmergencyStatus.OPEN);
            assertThat(emergency.decline("不是突发事件", 9).status()).isEqualTo(EmergencyStatus.DECLINED);
        } else {
            assertConflict(() -> emergency.confirm(null, 9, NOW));
            assertConflict(() -> emergency.decline("不是突发事件", 9));
        }
    }

    @Test
    void declineNeedsAReason() {
        assertThatThrownBy(() -> in(EmergencyStatus.REPORTED).decline("  ", 9))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly("reason"));
    }

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void onlyActiveEventsAreMergedAndOnlyIntoAnActiveOne(EmergencyStatus status) {
        EmergencyAggregate survivor = stored(EmergencyAggregate.report(report(), PLACE, 8, true, NOW), 99);
        EmergencyAggregate emergency = in(status);
        if (status.isActive()) {
            EmergencyAggregate merged = emergency.mergeInto(survivor);
            assertThat(merged.status()).isEqualTo(EmergencyStatus.MERGED);
            assertThat(merged.mergedInto()).isEqualTo(99L);
        } else {
            assertConflict(() -> emergency.mergeInto(survivor));
        }
        if (status != EmergencyStatus.REPORTED && status != EmergencyStatus.OPEN) {
            assertConflict(() -> in(EmergencyStatus.OPEN).mergeInto(stored(emergency, 98)));
        }
    }

    @Test
    void anEventIsNotMergedIntoItself() {
        EmergencyAggregate emergency = in(EmergencyStatus.OPEN);

        assertThatThrownBy(() -> emergency.mergeInto(emergency)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void responsesAndTheRapidConsultationHappenWhileTheEventIsBeingHandled(EmergencyStatus status) {
        EmergencyAggregate emergency = in(status);
        if (status == EmergencyStatus.OPEN) {
            assertThat(emergency.respond(NOW).times().respondedAt()).isEqualTo(NOW);
            EmergencyAggregate consulted = emergency.consulted(5, 6L, NOW);
            assertThat(consulted.consultationId()).isEqualTo(5L);
            assertConflict(() -> consulted.consulted(7, null, NOW));
        } else {
            assertConflict(() -> emergency.respond(NOW));
            assertConflict(() -> emergency.consulted(5, null, NOW));
        }
    }

    @Test
    void theFirstResponseStaysWhenMoreFollowAndAConsultationOrResolutionCountsAsOne() {
        EmergencyAggregate open = in(EmergencyStatus.OPEN);
        Instant later = NOW.plus(Duration.ofHours(1));

        assertThat(open.respond(NOW).respond(later).times().respondedAt()).isEqualTo(NOW);
        assertThat(open.consulted(5, null, later).times().respondedAt()).isEqualTo(later);
        assertThat(open.resolve(done(), later).times().respondedAt()).isEqualTo(later);
    }

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void onlyAnEventBeingHandledIsResolved(EmergencyStatus status) {
        EmergencyAggregate emergency = in(status);
        if (status == EmergencyStatus.OPEN) {
            assertThat(emergency.resolve(done(), NOW).status()).isEqualTo(EmergencyStatus.RESOLVED);
        } else {
            assertConflict(() -> emergency.resolve(done(), NOW));
        }
    }

    @Test
    void aResolutionSaysWhatWasDoneByWhomAndNotInTheFuture() {
        EmergencyAggregate open = in(EmergencyStatus.OPEN);

        assertThatThrownBy(() -> open.resolve(new Resolution(" ", "", NOW.plus(Duration.ofHours(2)), 9), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly("summary", "handledBy", "doneAt"));
        assertThatThrownBy(() -> open.resolve(new Resolution("修好了", "抢修队", NOW.minus(Duration.ofDays(2)), 9), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly("doneAt"));
    }

    @ParameterizedTest
    @EnumSource(EmergencyStatus.class)
    void onlyAResolvedEventIsReviewed(EmergencyStatus status) {
        EmergencyAggregate emergency = in(status);
        if (status == EmergencyStatus.RESOLVED) {
            assertThat(emergency.review(ReviewOutcome.TOPIC, null, 12L, 9, NOW).topicId()).isEqualTo(12L);
        } else {
            assertConflict(() -> emergency.review(ReviewOutcome.ONE_OFF, "偶发", null, 9, NOW));
        }
    }

    @Test
    void aOneOffNeedsItsReasonAndATopicItsTopic() {
        EmergencyAggregate resolved = in(EmergencyStatus.RESOLVED);

        assertThatThrownBy(() -> resolved.review(ReviewOutcome.ONE_OFF, null, null, 9, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly("reason"));
        assertThatThrownBy(() -> resolved.review(ReviewOutcome.TOPIC, "结构性问题", null, 9, NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void eachEscalationRaisesTheLevelByOneUpToTheCity() {
        EmergencyAggregate open = in(EmergencyStatus.OPEN);

        assertThat(open.escalated().escalation()).isEqualTo(EscalationLevel.TOWNSHIP);
        assertThat(open.escalated().escalated().escalated().escalated().escalation()).isEqualTo(EscalationLevel.CITY);
    }

    @Test
    void anEventKeepsTheFirstTopicItBecamePartOf() {
        EmergencyAggregate resolved = in(EmergencyStatus.RESOLVED);

        assertThat(resolved.partOfTopic(3).partOfTopic(4).topicId()).isEqualTo(3L);
    }

    private static void assertConflict(Runnable act) {
        assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }
}
