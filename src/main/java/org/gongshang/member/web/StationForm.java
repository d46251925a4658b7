package org.gongshang.member.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.gongshang.member.Station;
import org.gongshang.member.StationDetails;
import org.gongshang.member.StationKind;
import org.jspecify.annotations.Nullable;

/** A station as staff type it; lengths only, the rules are the station's. */
record StationForm(@Nullable Long committeeId,
        @Size(max = 60, message = "{member.station.name.size}") @Nullable String name,
        @Nullable StationKind kind,
        @Size(max = 12, message = "{member.community.size}") @Nullable String regionCode,
        @Size(max = 200, message = "{member.station.address.size}") @Nullable String address,
        @Size(max = 200, message = "{member.station.hours.size}") @Nullable String openingHours,
        @Size(max = 30, message = "{member.station.contact.size}") @Nullable String contactName,
        @Size(max = 30, message = "{member.station.contact.size}") @Nullable String contactPhone,
        @Size(max = 40, message = "{member.username.size}") @Nullable String contactUsername,
        @Size(max = 4000, message = "{member.station.description.size}") @Nullable String description,
        @Min(value = 0, message = "{member.station.bookings.range}") @Max(value = 50, message = "{member.station.bookings.range}") @Nullable Integer bookingsPerShift,
        @Nullable List<String> coverage) {

    static StationForm empty(@Nullable Long committeeId) {
        return new StationForm(committeeId, null, StationKind.LIAISON_STATION, null, null, null, null, null, null, null, 6, List.of());
    }

    static StationForm of(Station station, @Nullable String contactUsername) {
        return new StationForm(station.committeeId(), station.name(), station.kind(), station.regionCode(), station.address(),
                station.openingHours(), station.contactName(), station.contactPhone(), contactUsername, station.description(),
                station.bookingsPerShift(), station.coverage());
    }

    StationDetails details() {
        return new StationDetails(committeeId, name, kind, regionCode, address, openingHours, contactName, contactPhone,
                contactUsername, description, bookingsPerShift, coverage == null ? List.of() : coverage);
    }
}
