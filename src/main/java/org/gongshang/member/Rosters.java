package org.gongshang.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.member.internal.ScheduleRepository;
import org.gongshang.member.internal.ScheduleAggregate;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.gongshang.shared.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Duty rosters (值班表): stations' shifts with the members on duty, and members' own shifts. */
@Service
public class Rosters {

    private static final String SHIFTS = """
            select s.id, s.station_id, st.name as station_name, s.day, s.starts_at, s.ends_at, s.cancelled,
                   d.id as duty_id, d.member_id, m.name as member_name, d.checked_in_at, d.check_in_method,
                   (select count(*) from member_booking b where b.shift_id = s.id and b.status = 'BOOKED') as bookings
            from member_shift s join member_station st on st.id = s.station_id
                 left join member_shift_duty d on d.shift_id = s.id left join member_profile m on m.id = d.member_id
            """;

    private final JdbcClient jdbc;
    private final ScheduleRepository schedules;

    Rosters(JdbcClient jdbc, ScheduleRepository schedules) {
        this.jdbc = jdbc;
        this.schedules = schedules;
    }

    public Optional<ReceptionSchedule> schedule(long stationId) {
        return schedules.findById(stationId).map(ScheduleAggregate::view);
    }

    /** A station's shifts from one day to another, in order, cancelled ones included. */
    public List<Shift> of(long stationId, LocalDate from, LocalDate to) {
        return shifts(jdbc.sql(SHIFTS + "where s.station_id = :station and s.day between :from and :to order by s.starts_at, m.name")
                .param("station", stationId).param("from", from).param("to", to));
    }

    /** @throws DomainException NOT_FOUND */
    public Shift shift(long shiftId) {
        return shifts(jdbc.sql(SHIFTS + "where s.id = :id order by m.name").param("id", shiftId)).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("member.shift.unknown", shiftId));
    }

    /** The shifts a member is on from a day on, with everyone on them. */
    public List<Shift> ofMember(long memberId, LocalDate from) {
        return shifts(jdbc.sql(SHIFTS + """
                where s.day >= :from and s.id in (select shift_id from member_shift_duty where member_id = :member)
                order by s.starts_at, m.name""").param("member", memberId).param("from", from));
    }

    /** The member's shift running at the moment, at any station. */
    public Optional<Shift> runningFor(long memberId, Instant at) {
        LocalDate day = at.atZone(Zones.platform()).toLocalDate();
        return ofMember(memberId, day).stream().filter(shift -> shift.isRunningAt(at)).findFirst();
    }

    private static final String SWAPS = """
            select w.id, w.duty_id, st.name as station_name, s.day, w.from_member_id, f.name as from_name, w.to_member_id,
                   t.name as to_name, w.exchange_duty_id, xs.day as exchange_day, w.status, w.note, w.requested_at, w.decided_at
            from member_shift_swap w join member_shift_duty d on d.id = w.duty_id join member_shift s on s.id = d.shift_id
                 join member_station st on st.id = s.station_id join member_profile f on f.id = w.from_member_id
                 join member_profile t on t.id = w.to_member_id
                 left join member_shift_duty xd on xd.id = w.exchange_duty_id left join member_shift xs on xs.id = xd.shift_id
            """;

    /** Swaps the member asked for or was asked, open ones first, then the latest. */
    public List<ShiftSwap> swapsOf(long memberId) {
        return jdbc.sql(SWAPS + """
                where w.from_member_id = :member or w.to_member_id = :member
                order by (w.status = 'REQUESTED') desc, w.requested_at desc limit 50""")
                .param("member", memberId).query(ShiftSwap.class).list();
    }

    /** Every swap at the station, newest first: the history staff see. */
    public List<ShiftSwap> swapsAt(long stationId) {
        return jdbc.sql(SWAPS + "where s.station_id = :station order by w.requested_at desc limit 200")
                .param("station", stationId).query(ShiftSwap.class).list();
    }

    private List<Shift> shifts(JdbcClient.StatementSpec statement) {
        Map<Long, List<Duty>> duties = new LinkedHashMap<>();
        Map<Long, Shift> shifts = new LinkedHashMap<>();
        statement.query((ResultSet rs) -> {
            long id = rs.getLong("id");
            shifts.computeIfAbsent(id, key -> shift(rs));
            List<Duty> list = duties.computeIfAbsent(id, key -> new ArrayList<>());
            long dutyId = rs.getLong("duty_id");
            if (!rs.wasNull()) {
                String method = rs.getString("check_in_method");
                list.add(new Duty(dutyId, id, rs.getLong("member_id"), rs.getString("member_name"), Rows.instant(rs, "checked_in_at"),
                        method == null ? null : ShiftCheckInMethod.valueOf(method)));
            }
        });
        return shifts.values().stream().map(s -> new Shift(s.id(), s.stationId(), s.stationName(), s.day(), s.startsAt(), s.endsAt(),
                s.cancelled(), duties.get(s.id()), s.bookings())).toList();
    }

    private static Shift shift(ResultSet rs) {
        try {
            return new Shift(rs.getLong("id"), rs.getLong("station_id"), rs.getString("station_name"),
                    rs.getObject("day", LocalDate.class), Rows.requiredInstant(rs, "starts_at"), Rows.requiredInstant(rs, "ends_at"),
                    rs.getBoolean("cancelled"), List.of(), rs.getInt("bookings"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
