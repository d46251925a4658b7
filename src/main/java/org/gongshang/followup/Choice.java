package org.gongshang.followup;

/** One option of a choice question. */
public record Choice(long id, String text) {
}
