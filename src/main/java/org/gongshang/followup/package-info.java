/**
 * Follow-up (跟踪问效): records of surveys, unannounced visits (明察暗访) and return visits or forums
 * (座谈回访) on recommendations, with who took part, findings and photos; and questionnaires (问卷)
 * that staff build and send to the people concerned, answered once per person (anonymous or real
 * name), with their results as charts and as an Excel workbook.
 *
 * <p>{@link org.gongshang.followup.FollowUps} records and lists follow-ups;
 * {@link org.gongshang.followup.Surveys} builds, publishes and closes questionnaires;
 * {@link org.gongshang.followup.SurveyResponses} takes answers and gives results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
        allowedDependencies = {"shared", "identity", "region", "notification", "topic", "consultation", "outcome"})
@org.jspecify.annotations.NullMarked
package org.gongshang.followup;
