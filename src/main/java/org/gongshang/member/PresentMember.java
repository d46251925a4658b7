package org.gongshang.member;

/**
 * A member present in a community: reporting to it, assigned to it, or serving at a station
 * covering it. What the consultation and emergency modules ask for.
 */
public record PresentMember(long memberId, long accountId, String name, long committeeId, Presence presence) {

    /** Why the member is there; a member there for several reasons is listed for the first. */
    public enum Presence {
        /** 报到: lives there, confirmed by the cadre. */
        RESIDENT,
        /** 入驻: assigned by staff for a period. */
        ASSIGNED,
        /** serves at a station (联络站) covering the community. */
        STATION
    }
}
