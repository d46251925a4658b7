package org.gongshang.topic;

/** Online by the person themself, or entered by staff or a cadre for someone who came in or phoned. */
public enum SubmissionChannel {
    ONLINE, OFFLINE
}
