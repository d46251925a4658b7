package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A liaison station where members meet residents: where it is, when it is open, whom to contact,
 * the townships and communities it covers.
 *
 * @param regionCode where it stands (a township or a community)
 * @param contactPhone the station's telephone, shown on its public page
 * @param contactAccountId the station contact's account: they may check members in
 * @param bookingsPerShift how many residents may book one reception shift
 */
public record Station(long id, long committeeId, String name, StationKind kind, String regionCode, String address,
        String openingHours, String contactName, String contactPhone, @Nullable Long contactAccountId, String description,
        int bookingsPerShift, boolean active, List<String> coverage) {

    public Station {
        coverage = List.copyOf(coverage);
    }
}
