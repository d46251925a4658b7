package org.gongshang.member;

/** A sector (界别) of a committee's list, e.g. 教育界, 中国民主同盟. */
public record Sector(long id, long committeeId, String name, int position, boolean active) {

    public static final int MAX_NAME = 40;
}
