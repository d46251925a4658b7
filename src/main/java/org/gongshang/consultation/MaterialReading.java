package org.gongshang.consultation;

/**
 * How many of the people expected at a consultation read a briefing material (商前知情): for the
 * quality evaluation, which counts reading before the session.
 *
 * @param expected participants with an account who are expected (invited, accepted, admitted, confirmed)
 * @param readBeforeSession of those, how many marked it read before the session started
 * @param read of those, how many marked it read at all
 */
public record MaterialReading(long materialId, String title, int expected, int readBeforeSession, int read) {
}
