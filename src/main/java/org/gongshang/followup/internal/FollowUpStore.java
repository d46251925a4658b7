package org.gongshang.followup.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.FollowUpRecord;
import org.gongshang.followup.LinkedFollowUp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-up records with their recommendations, participants and photos (the photos' bytes are in {@link PhotoStore}). */
@Repository
public class FollowUpStore {

    private static final String SELECT = """
            select f.*,
                   array(select recommendation_id from followup_record_recommendation r where r.record_id = f.id
                         order by recommendation_id) as recommendation_ids
            from followup_record f""";

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new record's fields, already checked. */
    public record NewRow(FollowUpKind kind, String regionCode, LocalDate happenedOn, String place, String findings,
            List<Long> recommendationIds, @Nullable Long consultationId, @Nullable Long topicId, @Nullable Long surveyId,
            List<FollowUpRecord.Participant> participants, long recordedBy, Instant recordedAt) {
    }

    public long insert(NewRow row) {
        long id = jdbc.sql("""
                insert into followup_record (kind, region_code, happened_on, place, findings, consultation_id, topic_id,
                    survey_id, recorded_by, recorded_at)
                values (:kind, :region, :on, :place, :findings, :consultation, :topic, :survey, :by, :at) returning id""")
                .param("kind", row.kind().name()).param("region", row.regionCode()).param("on", row.happenedOn())
                .param("place", row.place()).param("findings", row.findings()).param("consultation", row.consultationId())
                .param("topic", row.topicId()).param("survey", row.surveyId()).param("by", row.recordedBy())
                .param("at", Rows.timestamp(row.recordedAt())).query(Long.class).single();
        for (long recommendation : row.recommendationIds()) {
            jdbc.sql("insert into followup_record_recommendation (record_id, recommendation_id) values (:id, :recommendation)")
                    .param("id", id).param("recommendation", recommendation).update();
        }
        for (FollowUpRecord.Participant participant : row.participants()) {
            jdbc.sql("insert into followup_record_participant (record_id, account_id, name) values (:id, :account, :name)")
                    .param("id", id).param("account", participant.accountId()).param("name", participant.name()).update();
        }
        return id;
    }

    public Optional<FollowUpRecord> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(this::map).optional();
    }

    /**
     * Which records a list shows.
     *
     * @param regionCodes records of these regions (staff's scope); null for any
     * @param accountId records this account made or took part in; null for any
     * @param orMine with both: records of the regions or of the account
     */
    public record Filter(@Nullable Collection<String> regionCodes, @Nullable Long accountId, boolean orMine,
            @Nullable Long recommendationId, @Nullable FollowUpKind kind) {
    }

    public List<FollowUpRecord> list(Filter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " where true");
        Map<String, Object> params = new LinkedHashMap<>();
        String mine = " (f.recorded_by = :account or exists (select 1 from followup_record_participant p"
                + " where p.record_id = f.id and p.account_id = :account))";
        String regions = " f.region_code in (:regions)";
        if (filter.regionCodes() != null) {
            params.put("regions", filter.regionCodes().isEmpty() ? List.of("") : filter.regionCodes());
        }
        if (filter.accountId() != null) {
            params.put("account", filter.accountId());
        }
        if (filter.regionCodes() != null && filter.accountId() != null && filter.orMine()) {
            sql.append(" and (").append(regions).append(" or").append(mine).append(")");
        } else {
            if (filter.regionCodes() != null) {
                sql.append(" and").append(regions);
            }
            if (filter.accountId() != null) {
                sql.append(" and").append(mine);
            }
        }
        if (filter.recommendationId() != null) {
            sql.append(" and exists (select 1 from followup_record_recommendation r where r.record_id = f.id"
                    + " and r.recommendation_id = :recommendation)");
            params.put("recommendation", filter.recommendationId());
        }
        if (filter.kind() != null) {
            sql.append(" and f.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        sql.append(" order by f.happened_on desc, f.id desc offset :offset limit :limit");
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Records on a consultation or on any of its recommendations, oldest first. */
    public List<LinkedFollowUp> linkedTo(long consultationId, Collection<Long> recommendationIds) {
        return jdbc.sql(SELECT + """
                 where f.consultation_id = :consultation
                    or exists (select 1 from followup_record_recommendation r
                               where r.record_id = f.id and r.recommendation_id = any(:recommendations))
                order by f.happened_on, f.id""")
                .param("consultation", consultationId)
                .param("recommendations", recommendationIds.toArray(Long[]::new))
                .query((rs, row) -> new LinkedFollowUp(rs.getLong("id"), FollowUpKind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_on", LocalDate.class), longs(rs.getArray("recommendation_ids")),
                        Rows.nullableLong(rs, "consultation_id")))
                .list();
    }

    /** How often a recommendation was followed up in each way. */
    public Map<FollowUpKind, Integer> countsOf(long recommendationId) {
        Map<FollowUpKind, Integer> counts = new EnumMap<>(FollowUpKind.class);
        jdbc.sql("""
                select f.kind, count(*) as n from followup_record f join followup_record_recommendation r on r.record_id = f.id
                where r.recommendation_id = :recommendation group by f.kind""")
                .param("recommendation", recommendationId)
                .query((rs, row) -> counts.put(FollowUpKind.valueOf(rs.getString("kind")), rs.getInt("n"))).list();
        return counts;
    }

    private List<FollowUpRecord.Participant> participants(long recordId) {
        return jdbc.sql("select account_id, name from followup_record_participant where record_id = :id order by id")
                .param("id", recordId)
                .query((rs, row) -> new FollowUpRecord.Participant(Rows.nullableLong(rs, "account_id"), rs.getString("name")))
                .list();
    }

    private List<FollowUpRecord.Photo> photos(long recordId) {
        return jdbc.sql("select id, content_type, width, height from followup_photo where record_id = :id order by id")
                .param("id", recordId)
                .query((rs, row) -> new FollowUpRecord.Photo(rs.getLong("id"), rs.getString("content_type"),
                        rs.getInt("width"), rs.getInt("height")))
                .list();
    }

    private FollowUpRecord map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new FollowUpRecord(id, FollowUpKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                rs.getObject("happened_on", LocalDate.class), rs.getString("place"), rs.getString("findings"),
                longs(rs.getArray("recommendation_ids")), Rows.nullableLong(rs, "consultation_id"),
                Rows.nullableLong(rs, "topic_id"), Rows.nullableLong(rs, "survey_id"), participants(id), photos(id),
                rs.getLong("recorded_by"), Rows.instant(rs, "recorded_at"));
    }

    private static List<Long> longs(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
    }
}
