package org.gongshang.emergency;

import java.time.Instant;

/**
 * What was done about an event, by whom and when, as recorded by staff or a cadre.
 *
 * @param handledBy who did it, e.g. 市自来水公司抢修队、社区网格员
 * @param doneAt when it was done (at the latest when it is recorded)
 * @param recordedBy the account that recorded it
 */
public record Resolution(String summary, String handledBy, Instant doneAt, long recordedBy) {

    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_HANDLED_BY = 200;
}
