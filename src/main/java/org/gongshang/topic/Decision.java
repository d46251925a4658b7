package org.gongshang.topic;

/** The outcome of screening a topic. */
public enum Decision {
    ACCEPT, DECLINE
}
