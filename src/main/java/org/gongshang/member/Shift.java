package org.gongshang.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One reception shift (接待日) at a station, with the members on duty and how many residents booked it. */
public record Shift(long id, long stationId, String stationName, LocalDate day, Instant startsAt, Instant endsAt,
        boolean cancelled, List<Duty> duties, int bookings) {

    public Shift {
        duties = List.copyOf(duties);
    }

    public boolean isRunningAt(Instant at) {
        return !cancelled && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public boolean hasMember(long memberId) {
        return duties.stream().anyMatch(duty -> duty.memberId() == memberId);
    }
}
