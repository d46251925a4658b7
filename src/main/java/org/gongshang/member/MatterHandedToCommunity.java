package org.gongshang.member;

/** A member handed a visitor's matter to the community (基层协商): its cadres are to be told. */
public record MatterHandedToCommunity(long receptionId, String communityCode, String stationName, String memberName) {
}
