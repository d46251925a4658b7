package org.gongshang.followup;

/** How a recommendation's handling was checked (跟踪问效的方式). */
public enum FollowUpKind {
    /** 问卷调查: a questionnaire to the people concerned. */
    SURVEY,
    /** 明察暗访: an unannounced visit to see for oneself. */
    UNANNOUNCED_VISIT,
    /** 座谈回访: a return visit or a forum with those concerned. */
    RETURN_VISIT
}
