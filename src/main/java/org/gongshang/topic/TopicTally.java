package org.gongshang.topic;

/**
 * Topics counted in one cell of a dashboard table.
 *
 * @param row the row's key: a month ({@code 2026-03}), a year, a district code, or an enum's name
 * @param column the column's key, likewise
 */
public record TopicTally(String row, String column, long topics) {

    /** How the topics are divided: rows and columns of a tally. */
    public enum By {
        /** The month submitted (China time), {@code yyyy-MM}. */
        MONTH,
        /** The year submitted. */
        YEAR,
        /** The district (区县) code, or the city's own for topics above districts. */
        DISTRICT,
        SOURCE,
        CATEGORY,
        STATUS,
        /** Screening's outcome: WAITING, ACCEPTED (and everything after), DECLINED, MERGED. */
        DECISION,
        /** Why declined; merged topics count as DUPLICATE; others are not counted. */
        DECLINE_REASON
    }

    /** Screening's outcomes, the columns of {@link By#DECISION}. */
    public enum Decision {
        WAITING, ACCEPTED, DECLINED, MERGED
    }
}
