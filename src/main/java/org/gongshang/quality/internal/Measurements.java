package org.gongshang.quality.internal;

import org.gongshang.quality.Measure;

/** Which computation each measure is: one place for the dispatch, the formulas are next to their group. */
public final class Measurements {

    private Measurements() {
    }

    public static Measurement measure(Measure measure, ConsultationFacts facts) {
        return switch (measure) {
            case BRIEFING_READ -> SessionMeasurements.briefingRead(facts);
            case LEAD_TIME_KEPT -> SessionMeasurements.leadTimeKept(facts);
            case RESEARCH_DONE -> SessionMeasurements.researchDone(facts);
            case RESIDENT_ATTENDANCE -> SessionMeasurements.residentAttendance(facts);
            case CATEGORIES_PRESENT -> SessionMeasurements.categoriesPresent(facts);
            case MEMBERS_PRESENT -> SessionMeasurements.membersPresent(facts);
            case RESIDENT_SPEAKING -> SessionMeasurements.residentSpeaking(facts);
            case SPEAKING_GINI -> SessionMeasurements.speakingGini(facts);
            case OPINIONS_PER_PARTICIPANT -> SessionMeasurements.opinionsPerParticipant(facts);
            case RECOMMENDATIONS_MADE -> OutcomeMeasurements.recommendationsMade(facts);
            case TRANSFERRED_IN_TIME -> OutcomeMeasurements.transferredInTime(facts);
            case SIGNED_ON_TIME -> OutcomeMeasurements.signedOnTime(facts);
            case REPLIED_ON_TIME -> OutcomeMeasurements.repliedOnTime(facts);
            case REPLY_GRADE -> OutcomeMeasurements.replyGrade(facts);
            case IMPLEMENTED -> OutcomeMeasurements.implemented(facts);
            case SATISFACTION_RATE -> OutcomeMeasurements.satisfactionRate(facts);
            case SURVEY_RATING -> OutcomeMeasurements.surveyRating(facts);
            case REHANDLING -> OutcomeMeasurements.rehandling(facts);
            case FOLLOW_UP_COVERAGE -> OutcomeMeasurements.followUpCoverage(facts);
            case FOLLOW_UP_RECORDS -> OutcomeMeasurements.followUpRecords(facts);
            case RETURN_VISITS -> OutcomeMeasurements.returnVisits(facts);
            case PANEL_SCORE -> SessionMeasurements.panelScore(facts);
        };
    }
}
