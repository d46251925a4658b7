package org.gongshang.member;

/** How reception days (接待日) recur. */
public enum SchedulePattern {
    /** Every n weeks on a weekday, counted from an anchor day, e.g. every second Tuesday (fortnightly). */
    EVERY_N_WEEKS,
    /** The n-th weekday of each month, e.g. the second Tuesday of the month; 5 means the last. */
    NTH_WEEKDAY_OF_MONTH
}
