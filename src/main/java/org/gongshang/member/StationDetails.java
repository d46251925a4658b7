package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What staff say about a station; missing values are null and refused next to the other problems.
 *
 * @param contactUsername the station contact's login name, if they have an account
 * @param coverage region codes of the townships and communities it covers
 */
public record StationDetails(@Nullable Long committeeId, @Nullable String name, @Nullable StationKind kind,
        @Nullable String regionCode, @Nullable String address, @Nullable String openingHours, @Nullable String contactName,
        @Nullable String contactPhone, @Nullable String contactUsername, @Nullable String description,
        @Nullable Integer bookingsPerShift, List<String> coverage) {

    public StationDetails {
        name = Texts.clean(name);
        regionCode = Texts.clean(regionCode);
        address = Texts.clean(address);
        openingHours = Texts.clean(openingHours);
        contactName = Texts.clean(contactName);
        contactPhone = Texts.clean(contactPhone);
        contactUsername = Texts.clean(contactUsername);
        description = Texts.clean(description);
        coverage = coverage == null ? List.of() : coverage.stream().map(Texts::cleanOrEmpty).filter(c -> !c.isEmpty()).distinct().toList();
    }
}
