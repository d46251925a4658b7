package org.gongshang.member;

/** A station in a list: enough to find it and go there. */
public record StationListing(long id, String name, StationKind kind, String regionCode, String address, String openingHours,
        long committeeId, boolean active) {
}
