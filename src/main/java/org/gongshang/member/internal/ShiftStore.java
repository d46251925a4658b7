package org.gongshang.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongshang.member.ShiftCheckInMethod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shifts, the members on duty at them, and the days members cannot serve. */
@Repository
public class ShiftStore {

    /** A duty row with what the use cases check. */
    public record DutyRow(long id, long shiftId, long memberId, long stationId, LocalDate day, Instant startsAt, Instant endsAt,
            boolean cancelled, @Nullable Instant checkedInAt) {
    }

    private static final String DUTY = """
            select d.id, d.shift_id, d.member_id, s.station_id, s.day, s.starts_at, s.ends_at, s.cancelled, d.checked_in_at
            from member_shift_duty d join member_shift s on s.id = d.shift_id
            """;

    private final JdbcClient jdbc;

    ShiftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shift at that start, created if there is none. */
    public long shift(long stationId, LocalDate day, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                with added as (
                    insert into member_shift (station_id, day, starts_at, ends_at) values (:station, :day, :starts, :ends)
                    on conflict (station_id, starts_at) do nothing returning id)
                select id from added union all
                select id from member_shift where station_id = :station and starts_at = :starts limit 1""")
                .param("station", stationId).param("day", day).param("starts", Timestamp.from(startsAt))
                .param("ends", Timestamp.from(endsAt)).query(Long.class).single();
    }

    /** The members on duty at each of the shifts. */
    public Map<Long, Set<Long>> dutiesOf(List<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select shift_id, member_id from member_shift_duty where shift_id in (:shifts)").param("shifts", shiftIds)
                .query((rs, n) -> new long[] {rs.getLong("shift_id"), rs.getLong("member_id")}).list().stream()
                .collect(Collectors.groupingBy(row -> row[0], Collectors.mapping(row -> row[1], Collectors.toSet())));
    }

    /** @return false when the member is on the shift already */
    public boolean addDuty(long shiftId, long memberId) {
        return jdbc.sql("insert into member_shift_duty (shift_id, member_id) values (:shift, :member) on conflict do nothing")
                .param("shift", shiftId).param("member", memberId).update() > 0;
    }

    public Optional<DutyRow> duty(long dutyId) {
        return jdbc.sql(DUTY + "where d.id = :id").param("id", dutyId).query(DutyRow.class).optional();
    }

    public Optional<DutyRow> duty(long shiftId, long memberId) {
        return jdbc.sql(DUTY + "where d.shift_id = :shift and d.member_id = :member").param("shift", shiftId)
                .param("member", memberId).query(DutyRow.class).optional();
    }

    /** Locks the duty row for a swap or a check-in. */
    public Optional<DutyRow> lockDuty(long dutyId) {
        return jdbc.sql(DUTY + "where d.id = :id for update of d").param("id", dutyId).query(DutyRow.class).optional();
    }

    public void reassign(long dutyId, long memberId) {
        jdbc.sql("update member_shift_duty set member_id = :member, version = version + 1 where id = :id")
                .param("member", memberId).param("id", dutyId).update();
    }

    public void removeDuty(long dutyId) {
        jdbc.sql("delete from member_shift_duty where id = :id and checked_in_at is null").param("id", dutyId).update();
    }

    /** @return false when the member was checked in already */
    public boolean checkIn(long dutyId, Instant at, ShiftCheckInMethod method, long by) {
        return jdbc.sql("""
                update member_shift_duty set checked_in_at = :at, check_in_method = :method, checked_in_by = :by,
                       version = version + 1
                where id = :id and checked_in_at is null""")
                .param("at", Timestamp.from(at)).param("method", method.name()).param("by", by).param("id", dutyId).update() > 0;
    }

    public void cancelShift(long shiftId) {
        jdbc.sql("update member_shift set cancelled = true, version = version + 1 where id = :id").param("id", shiftId).update();
    }

    /**
     * How often each member served at any station in the months before {@code since} up to today, and
     * when last: what the roster generator weighs.
     */
    public Map<Long, long[]> served(List<Long> memberIds, LocalDate since) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select d.member_id, count(*) as served, max(s.day) as last
                from member_shift_duty d join member_shift s on s.id = d.shift_id
                where d.member_id in (:members) and s.day >= :since and not s.cancelled
                group by d.member_id""")
                .param("members", memberIds).param("since", since)
                .query((rs, n) -> new long[] {rs.getLong("member_id"), rs.getLong("served"),
                        rs.getObject("last", LocalDate.class).toEpochDay()})
                .list().stream().collect(Collectors.toMap(row -> row[0], row -> row));
    }

    public Map<Long, Set<LocalDate>> unavailable(List<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select member_id, day from member_unavailability where member_id in (:members) and day between :from and :to")
                .param("members", memberIds).param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(rs.getLong("member_id"), rs.getObject("day", LocalDate.class))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }

    public boolean markUnavailable(long memberId, LocalDate day) {
        return jdbc.sql("insert into member_unavailability (member_id, day) values (:member, :day) on conflict do nothing")
                .param("member", memberId).param("day", day).update() > 0;
    }

    public boolean markAvailable(long memberId, LocalDate day) {
        return jdbc.sql("delete from member_unavailability where member_id = :member and day = :day")
                .param("member", memberId).param("day", day).update() > 0;
    }

    public List<LocalDate> unavailableDays(long memberId, LocalDate from) {
        return jdbc.sql("select day from member_unavailability where member_id = :member and day >= :from order by day")
                .param("member", memberId).param("from", from).query(LocalDate.class).list();
    }

    /** Claims the reminder of a duty once: false when it was sent already (another node, a second run). */
    public boolean claimReminder(long dutyId, LocalDate today) {
        return jdbc.sql("update member_shift_duty set reminded_on = :today where id = :id and reminded_on is null")
                .param("today", today).param("id", dutyId).update() > 0;
    }

    /** Duties of shifts on the days given that are not reminded yet. */
    public List<DutyRow> unremindedOn(List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(DUTY + "where s.day in (:days) and not s.cancelled and d.reminded_on is null order by s.starts_at")
                .param("days", days).query(DutyRow.class).list();
    }
}
