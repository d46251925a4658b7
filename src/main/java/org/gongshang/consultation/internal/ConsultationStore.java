package org.gongshang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.VenueType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consultation table with its topics and partner organisations. */
@Repository
public class ConsultationStore {

    private static final String SELECT = """
            select c.*,
                   array(select topic_id from consultation_topic t where t.consultation_id = c.id order by t.position) as topic_ids,
                   array(select organization_id from consultation_partner p where p.consultation_id = c.id order by organization_id) as partner_ids
            from consultation c""";

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fields of a new consultation, already checked. */
    public record NewRow(String title, ConsultationKind kind, ConsultationForm form, @Nullable VenueType venueType,
            @Nullable String address, Instant startsAt, long organizationId, String regionCode,
            @Nullable Long facilitatorAccountId, boolean openToPublic, @Nullable Long deliberationId, String checkInCode,
            long createdBy, List<Long> topicIds, List<Long> partnerIds) {
    }

    public long insert(NewRow row) {
        long id = jdbc.sql("""
                insert into consultation (title, kind, form, venue_type, address, starts_at, organization_id, region_code,
                    facilitator_account_id, open_to_public, deliberation_id, check_in_code, created_by)
                values (:title, :kind, :form, :venueType, :address, :startsAt, :organization, :region, :facilitator,
                    :open, :deliberation, :code, :createdBy)
                returning id""")
                .param("title", row.title()).param("kind", row.kind().name()).param("form", row.form().name())
                .param("venueType", row.venueType() == null ? null : row.venueType().name()).param("address", row.address())
                .param("startsAt", Rows.timestamp(row.startsAt())).param("organization", row.organizationId())
                .param("region", row.regionCode()).param("facilitator", row.facilitatorAccountId())
                .param("open", row.openToPublic()).param("deliberation", row.deliberationId())
                .param("code", row.checkInCode()).param("createdBy", row.createdBy())
                .query(Long.class).single();
        int position = 0;
        for (long topicId : row.topicIds()) {
            jdbc.sql("insert into consultation_topic (consultation_id, topic_id, position) values (:id, :topic, :position)")
                    .param("id", id).param("topic", topicId).param("position", position++).update();
        }
        for (long partner : row.partnerIds()) {
            jdbc.sql("insert into consultation_partner (consultation_id, organization_id) values (:id, :organization)")
                    .param("id", id).param("organization", partner).update();
        }
        return id;
    }

    public Optional<Consultation> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ConsultationStore::map).optional();
    }

    /** Reads the consultation and locks its row until the transaction ends: session acts are serialised per consultation. */
    public Optional<Consultation> lock(long id) {
        Optional<Long> locked = jdbc.sql("select id from consultation where id = :id for update").param("id", id)
                .query(Long.class).optional();
        return locked.flatMap(this::find);
    }

    public String checkInCode(long id) {
        return jdbc.sql("select check_in_code from consultation where id = :id").param("id", id).query(String.class).single();
    }

    public void saveStatus(Consultation consultation) {
        jdbc.sql("""
                update consultation set status = :status, status_reason = :reason, starts_at = :startsAt,
                    scheduled_at = :scheduledAt, started_at = :startedAt, concluded_at = :concludedAt, version = version + 1
                where id = :id""")
                .param("status", consultation.status().name()).param("reason", consultation.statusReason())
                .param("startsAt", Rows.timestamp(consultation.startsAt()))
                .param("scheduledAt", Rows.timestamp(consultation.scheduledAt()))
                .param("startedAt", Rows.timestamp(consultation.startedAt()))
                .param("concludedAt", Rows.timestamp(consultation.concludedAt()))
                .param("id", consultation.id()).update();
    }

    public void saveDetails(long id, String title, ConsultationForm form, @Nullable VenueType venueType, @Nullable String address,
            Instant startsAt, @Nullable Long facilitatorAccountId, boolean openToPublic, @Nullable Long deliberationId) {
        jdbc.sql("""
                update consultation set title = :title, form = :form, venue_type = :venueType, address = :address,
                    starts_at = :startsAt, facilitator_account_id = :facilitator, open_to_public = :open,
                    deliberation_id = :deliberation, version = version + 1
                where id = :id""")
                .param("title", title).param("form", form.name()).param("venueType", venueType == null ? null : venueType.name())
                .param("address", address).param("startsAt", Rows.timestamp(startsAt)).param("facilitator", facilitatorAccountId)
                .param("open", openToPublic).param("deliberation", deliberationId).param("id", id).update();
    }

    /** What a list may be narrowed to; null means "any". */
    public record Filter(@Nullable Set<String> regionCodes, @Nullable ConsultationStatus status,
            @Nullable ConsultationKind kind, @Nullable Long participantAccountId, boolean publicOnly) {
    }

    public List<Consultation> list(Filter filter, int offset, int limit) {
        List<String> where = new ArrayList<>();
        var sql = new StringBuilder(SELECT);
        if (filter.regionCodes() != null) {
            where.add("c.region_code = any(:regions)");
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
        }
        if (filter.kind() != null) {
            where.add("c.kind = :kind");
        }
        if (filter.participantAccountId() != null) {
            where.add("""
                    (exists (select 1 from participant p where p.consultation_id = c.id and p.account_id = :participant)
                     or c.facilitator_account_id = :participant)""");
        }
        if (filter.publicOnly()) {
            where.add("c.open_to_public and c.status <> 'PREPARING'");
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        sql.append(" order by c.starts_at desc, c.id desc offset :offset limit :limit");
        var statement = jdbc.sql(sql.toString()).param("offset", offset).param("limit", limit);
        if (filter.regionCodes() != null) {
            statement = statement.param("regions", filter.regionCodes().toArray(String[]::new));
        }
        if (filter.status() != null) {
            statement = statement.param("status", filter.status().name());
        }
        if (filter.kind() != null) {
            statement = statement.param("kind", filter.kind().name());
        }
        if (filter.participantAccountId() != null) {
            statement = statement.param("participant", filter.participantAccountId());
        }
        return statement.query(ConsultationStore::map).list();
    }

    static Consultation map(ResultSet rs, int row) throws SQLException {
        String venue = rs.getString("venue_type");
        return new Consultation(rs.getLong("id"), rs.getString("title"), ConsultationKind.valueOf(rs.getString("kind")),
                ConsultationForm.valueOf(rs.getString("form")), venue == null ? null : VenueType.valueOf(venue),
                rs.getString("address"), Rows.requiredInstant(rs, "starts_at"), rs.getLong("organization_id"),
                Rows.longs(rs, "partner_ids"), rs.getString("region_code"), Rows.nullableLong(rs, "facilitator_account_id"),
                rs.getBoolean("open_to_public"), ConsultationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), Rows.longs(rs, "topic_ids"), Rows.nullableLong(rs, "deliberation_id"),
                Rows.instant(rs, "scheduled_at"), Rows.instant(rs, "started_at"), Rows.instant(rs, "concluded_at"),
                rs.getLong("created_by"), Rows.requiredInstant(rs, "created_at"));
    }
}
