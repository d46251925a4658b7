package org.gongshang.followup;

/** Whether a survey takes answers at a moment: its status and its open and close times together. */
public enum Availability {
    DRAFT, NOT_YET_OPEN, OPEN, CLOSED
}
