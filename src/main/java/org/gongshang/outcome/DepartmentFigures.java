package org.gongshang.outcome;

/**
 * A lead department's outcome figures for a period (facts by the month they happened) and now.
 *
 * @param organizationId the lead department
 * @param transferred recommendations transferred to it in the period
 * @param repliedOnTime replies given by the deadline of the time, in the period; {@code repliedLate} after it
 * @param solved replies of the period graded SOLVED (A), {@code beingSolved} BEING_SOLVED, {@code forReference} FOR_REFERENCE
 * @param satisfied rating rounds closed in the period as SATISFIED, and so on; an UNSATISFIED one starts re-handling
 * @param handlingNow recommendations it handles now, whatever the period; {@code overdueNow} those past their deadline
 */
public record DepartmentFigures(long organizationId, long transferred, long repliedOnTime, long repliedLate, long solved,
        long beingSolved, long forReference, long satisfied, long basicallySatisfied, long unsatisfied, long notRated,
        long handlingNow, long overdueNow) {

    public long replied() {
        return repliedOnTime + repliedLate;
    }

    /** Replies on time ÷ replies, 0 without replies. */
    public double onTimeRate() {
        return replied() == 0 ? 0 : (double) repliedOnTime / replied();
    }

    /** SOLVED replies ÷ replies, 0 without replies. */
    public double solvedShare() {
        return replied() == 0 ? 0 : (double) solved / replied();
    }

    /** (satisfied + basically satisfied) ÷ rounds rated, 0 without any. */
    public double satisfactionRate() {
        long rated = satisfied + basicallySatisfied + unsatisfied;
        return rated == 0 ? 0 : (double) (satisfied + basicallySatisfied) / rated;
    }
}
