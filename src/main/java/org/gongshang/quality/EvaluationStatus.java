package org.gongshang.quality;

/**
 * OPEN evaluations follow the records; a CLOSED one is frozen and its grade and public indicators are
 * published on the consultation's page. Staff may reopen it (it is then unpublished until closed again).
 */
public enum EvaluationStatus {
    OPEN, CLOSED;

    public boolean mayMoveTo(EvaluationStatus next) {
        return this != next;
    }
}
