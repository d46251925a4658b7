package org.gongshang.consultation;

/** Where a participant stands: invited and answering, applying (报名) and admitted, or added directly. */
public enum ParticipantStatus {
    INVITED, ACCEPTED, DECLINED, APPLIED, ADMITTED, REJECTED,
    /** Added by the organiser without an invitation to answer: walk-ins, people without an account. */
    CONFIRMED;

    /** Expected in the session: counted by the composition rule and allowed to check in. */
    public boolean isExpected() {
        return this == INVITED || this == ACCEPTED || this == ADMITTED || this == CONFIRMED;
    }
}
