package org.gongshang.consultation.internal;

/**
 * Something live changed in a session; after the transaction commits, the web layer pushes the new
 * state to the followers (see the live package). Inside the module only.
 *
 * @param subjectId the turn, opinion or consensus item concerned, or 0
 */
public record SessionChanged(long consultationId, What what, long subjectId) {

    public enum What {
        STATUS, QUEUE, TURN_STARTED, TURN_CHANGED, TURN_ENDED, OPINION, CONSENSUS, ATTENDANCE
    }
}
