package org.gongshang.followup;

/**
 * Who may answer. Invited people always may: those the survey was sent to when it was published
 * (the participants of its consultation, the submitters and co-signers of its topics).
 */
public enum SurveyAudience {
    /** Only the invited. */
    INVITED,
    /** The invited, and every signed-in resident living in the survey's region. */
    REGION
}
