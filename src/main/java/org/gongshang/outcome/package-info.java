/**
 * Outcome transfer (协商成果转化): recommendations from concluded consultations or other sources,
 * signed off (批办) and transferred (交办) to a lead department and co-handlers with a deadline in
 * working days, signed for (签收) or disputed (退回), handled with progress reports, replied (答复)
 * with a grade, rated by the people concerned (满意度测评), sent back for re-handling when they are
 * unsatisfied, supervised (督办) when near due or overdue, and shown to the public with their history.
 *
 * <p>{@link org.gongshang.outcome.Recommendations} creates, reads and transfers;
 * {@link org.gongshang.outcome.Handling} is the departments' side; {@link org.gongshang.outcome.SatisfactionRatings}
 * the ratings; {@link org.gongshang.outcome.Supervision} the lists, reminders and escalation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcome transfer",
        allowedDependencies = {"shared", "identity", "region", "topic", "consultation"})
@org.jspecify.annotations.NullMarked
package org.gongshang.outcome;
