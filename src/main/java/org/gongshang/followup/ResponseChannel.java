package org.gongshang.followup;

/** How a response reached the platform: answered online by the person, or entered by staff from a paper questionnaire. */
public enum ResponseChannel {
    ONLINE, PAPER
}
