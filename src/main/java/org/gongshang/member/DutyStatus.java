package org.gongshang.member;

/** A duty record counts once recorded automatically or approved; one added by hand waits for staff. */
public enum DutyStatus {
    COUNTED, SUBMITTED, RETURNED
}
