package org.gongshang.member;

/** A member's place in a committee's ranking for a year. */
public record RankingRow(int rank, long memberId, String name, String sectorName, int records, int points) {
}
