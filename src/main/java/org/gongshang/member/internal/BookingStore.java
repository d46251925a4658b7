package org.gongshang.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.member.Booking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Residents' bookings of reception shifts. */
@Repository
public class BookingStore {

    private final JdbcClient jdbc;

    BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the shift so that two residents cannot both take its last place. */
    public int lockAndCount(long shiftId) {
        jdbc.sql("select id from member_shift where id = :shift for update").param("shift", shiftId).query(Long.class).optional();
        return jdbc.sql("select count(*) from member_booking where shift_id = :shift and status = 'BOOKED'").param("shift", shiftId)
                .query(Integer.class).single();
    }

    public boolean hasBooked(long shiftId, long accountId) {
        return jdbc.sql("select exists (select 1 from member_booking where shift_id = :shift and account_id = :account and status = 'BOOKED')")
                .param("shift", shiftId).param("account", accountId).query(Boolean.class).single();
    }

    public long insert(long shiftId, long accountId, String maskedName, String matter, Instant at) {
        return jdbc.sql("""
                insert into member_booking (shift_id, account_id, name, matter, status, booked_at)
                values (:shift, :account, :name, :matter, 'BOOKED', :at) returning id""")
                .param("shift", shiftId).param("account", accountId).param("name", maskedName).param("matter", matter)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** @return false unless the account's booking was still open */
    public boolean cancel(long bookingId, long accountId) {
        return jdbc.sql("update member_booking set status = 'CANCELLED', version = version + 1 where id = :id and account_id = :account and status = 'BOOKED'")
                .param("id", bookingId).param("account", accountId).update() > 0;
    }

    public Optional<Long> shiftOf(long bookingId) {
        return jdbc.sql("select shift_id from member_booking where id = :id").param("id", bookingId).query(Long.class).optional();
    }

    public List<Booking> ofShift(long shiftId) {
        return jdbc.sql("""
                select id, shift_id, account_id, name as masked_name, matter, booked_at from member_booking
                where shift_id = :shift and status = 'BOOKED' order by booked_at""").param("shift", shiftId).query(Booking.class).list();
    }

    public List<Booking> ofAccount(long accountId) {
        return jdbc.sql("""
                select b.id, b.shift_id, b.account_id, b.name as masked_name, b.matter, b.booked_at
                from member_booking b join member_shift s on s.id = b.shift_id
                where b.account_id = :account and b.status = 'BOOKED' and s.ends_at > now() order by s.starts_at""")
                .param("account", accountId).query(Booking.class).list();
    }
}
