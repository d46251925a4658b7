package org.gongshang.outcome;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The outcome transfer rules (协商成果转化制度) as numbers. Every period is in working days, counted
 * by the working-day calendar, so holidays and 调休 are respected.
 *
 * <p>"Three months from transfer, at most six with an approved extension" is read as 63 and 126
 * working days (21 working days a month): a deadline in working days stays comparable across
 * holiday seasons, where a calendar month around 国庆 or 春节 holds a week less work.
 *
 * @param handlingWorkingDays the default and longest deadline given at transfer (3 months)
 * @param maxWorkingDays the longest deadline from transfer including approved extensions (6 months)
 * @param signWorkingDays the lead department signs for it (签收) within this many working days
 * @param disputeWorkingDays it may dispute the assignment (退回) within this many working days
 * @param coOpinionWorkingDays co-handlers send their opinion to the lead within this many (1 month)
 * @param rehandlingWorkingDays the deadline of a re-handling (重新办理) after an unsatisfied result
 * @param ratingWorkingDays the rating window after a reply
 * @param nearDueWorkingDays supervision lists an item as near due this many working days before its deadline
 * @param reminderOffsets working days relative to the deadline at which the department is reminded:
 *     negative before it, positive after it (overdue); each goes out once per deadline
 * @param leaderEscalationWorkingDays overdue by this many working days, an item is escalated to the
 *     leader (领导督办) by the reminder job if staff have not done so
 * @param unsatisfiedShare the rating round is UNSATISFIED when more than this share of the ratings cast are
 * @param grades reply grades (解决程度): letters and wording differ between places
 * @param attachmentMaxSize the largest attachment of a progress report
 * @param jobTime when the daily supervision job runs (China time), on working days
 */
@ConfigurationProperties("gongshang.outcome")
public record OutcomeProperties(
        @DefaultValue("63") int handlingWorkingDays,
        @DefaultValue("126") int maxWorkingDays,
        @DefaultValue("3") int signWorkingDays,
        @DefaultValue("7") int disputeWorkingDays,
        @DefaultValue("21") int coOpinionWorkingDays,
        @DefaultValue("21") int rehandlingWorkingDays,
        @DefaultValue("10") int ratingWorkingDays,
        @DefaultValue("10") int nearDueWorkingDays,
        @DefaultValue({"-10", "-3", "1", "5"}) List<Integer> reminderOffsets,
        @DefaultValue("10") int leaderEscalationWorkingDays,
        @DefaultValue("1/3") Share unsatisfiedShare,
        @Nullable List<ReplyGrade> grades,
        @DefaultValue("10MB") DataSize attachmentMaxSize,
        @DefaultValue("08:40") LocalTime jobTime) {

    /** The grades most places use (A/B/C), when none are configured. */
    public static final List<ReplyGrade> DEFAULT_GRADES = List.of(
            new ReplyGrade("A", ReplyGradeKind.SOLVED, "已解决或基本解决", "Solved or basically solved"),
            new ReplyGrade("B", ReplyGradeKind.BEING_SOLVED, "正在解决或列入计划解决", "Being solved or planned"),
            new ReplyGrade("C", ReplyGradeKind.FOR_REFERENCE, "因条件限制暂不能解决，留作参考", "Not possible now, kept for reference"));

    public OutcomeProperties {
        grades = grades == null || grades.isEmpty() ? DEFAULT_GRADES : List.copyOf(grades);
        reminderOffsets = reminderOffsets.stream().distinct().sorted().toList();
        if (handlingWorkingDays < 1 || maxWorkingDays < handlingWorkingDays) {
            throw new IllegalArgumentException("gongshang.outcome: need 1 <= handling-working-days <= max-working-days");
        }
    }

    /** The defaults, for tests that run without Spring. */
    public static OutcomeProperties defaults() {
        return new OutcomeProperties(63, 126, 3, 7, 21, 21, 10, 10, List.of(-10, -3, 1, 5), 10, new Share(1, 3), null,
                DataSize.ofMegabytes(10), LocalTime.of(8, 40));
    }

    public Optional<ReplyGrade> grade(@Nullable String code) {
        return grades.stream().filter(grade -> grade.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /**
     * The result of a rating round: UNSATISFIED when unsatisfied ratings are more than the configured
     * share of those cast; otherwise SATISFIED when at least as many were satisfied as basically
     * satisfied, else BASICALLY_SATISFIED; NOT_RATED when nobody rated.
     */
    public SatisfactionResult decide(int satisfied, int basically, int unsatisfied) {
        int cast = satisfied + basically + unsatisfied;
        if (cast == 0) {
            return SatisfactionResult.NOT_RATED;
        }
        if (unsatisfiedShare.exceededBy(unsatisfied, cast)) {
            return SatisfactionResult.UNSATISFIED;
        }
        return satisfied >= basically ? SatisfactionResult.SATISFIED : SatisfactionResult.BASICALLY_SATISFIED;
    }
}
