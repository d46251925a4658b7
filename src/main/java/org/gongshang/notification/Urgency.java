package org.gongshang.notification;

/** Urgent matters (e.g. a rapid emergency consultation) go by SMS whatever the person chose. */
public enum Urgency {
    NORMAL, URGENT
}
