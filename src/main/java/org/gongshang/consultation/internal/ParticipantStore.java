package org.gongshang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.CheckInMethod;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.ParticipantStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roster: participants of consultations, with walk-ins' phones encrypted. */
@Repository
public class ParticipantStore {

    private static final String COLUMNS = """
            id, consultation_id, account_id, name, category, status, walk_in, phone_masked, checked_in_at, check_in_method""";

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long consultationId, @Nullable Long accountId, String name, ParticipantCategory category,
            ParticipantStatus status, boolean walkIn, byte @Nullable [] phoneCipher, @Nullable String phoneMasked) {
        return jdbc.sql("""
                insert into participant (consultation_id, account_id, name, category, status, walk_in, phone_cipher, phone_masked)
                values (:consultation, :account, :name, :category, :status, :walkIn, :phoneCipher, :phoneMasked)
                returning id""")
                .param("consultation", consultationId).param("account", accountId).param("name", name)
                .param("category", category.name()).param("status", status.name()).param("walkIn", walkIn)
                .param("phoneCipher", phoneCipher).param("phoneMasked", phoneMasked)
                .query(Long.class).single();
    }

    public Optional<Participant> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from participant where id = :id").param("id", id)
                .query(ParticipantStore::map).optional();
    }

    public Optional<Participant> findByAccount(long consultationId, long accountId) {
        return jdbc.sql("select " + COLUMNS + " from participant where consultation_id = :consultation and account_id = :account")
                .param("consultation", consultationId).param("account", accountId)
                .query(ParticipantStore::map).optional();
    }

    public List<Participant> roster(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from participant where consultation_id = :consultation order by category, id")
                .param("consultation", consultationId).query(ParticipantStore::map).list();
    }

    public List<Participant> attendees(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from participant where consultation_id = :consultation and checked_in_at is not null order by checked_in_at, id")
                .param("consultation", consultationId).query(ParticipantStore::map).list();
    }

    public void save(Participant participant) {
        jdbc.sql("""
                update participant set status = :status, checked_in_at = :checkedInAt, check_in_method = :method
                where id = :id""")
                .param("status", participant.status().name())
                .param("checkedInAt", Rows.timestamp(participant.checkedInAt()))
                .param("method", participant.checkInMethod() == null ? null : participant.checkInMethod().name())
                .param("id", participant.id()).update();
    }

    public byte @Nullable [] phoneCipher(long participantId) {
        return jdbc.sql("select phone_cipher from participant where id = :id").param("id", participantId)
                .query((rs, n) -> rs.getBytes(1)).optional().orElse(null);
    }

    /** Accounts on the roster who should hear about changes: all but those who declined or were turned down. */
    public List<Long> accountsToTell(long consultationId) {
        return jdbc.sql("""
                select account_id from participant
                where consultation_id = :consultation and account_id is not null and status not in ('DECLINED', 'REJECTED')
                order by id""")
                .param("consultation", consultationId).query(Long.class).list();
    }

    static Participant map(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("check_in_method");
        return new Participant(rs.getLong("id"), rs.getLong("consultation_id"), Rows.nullableLong(rs, "account_id"),
                rs.getString("name"), ParticipantCategory.valueOf(rs.getString("category")),
                ParticipantStatus.valueOf(rs.getString("status")), rs.getBoolean("walk_in"), rs.getString("phone_masked"),
                Rows.instant(rs, "checked_in_at"), method == null ? null : CheckInMethod.valueOf(method));
    }
}
