package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A member as the public sees them: the name and committee, and only what the member allows.
 * Phone and work unit never.
 *
 * @param sectorName null unless the member shows it
 * @param stations the stations the member serves at; empty unless the member shows them
 * @param dutiesThisYear duties done this year; null unless the member shows them
 */
public record PublicProfile(long id, String name, String committeeName, @Nullable String sectorName,
        List<StationLink> stations, @Nullable Integer dutiesThisYear, boolean hasPhoto) {

    public PublicProfile {
        stations = List.copyOf(stations);
    }

    /** A station by name, for a link to its public page. */
    public record StationLink(long id, String name) {
    }
}
