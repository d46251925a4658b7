package org.gongshang.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberPhotoStore.Photo;
import org.gongshang.member.internal.RecordAccess;
import org.gongshang.member.internal.RecordPhotoStore;
import org.gongshang.member.internal.RecordPhotoStore.Owner;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.gongshang.shared.Zones;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reception records as the people allowed read them, and stations' matters as the public does. */
@Service
public class Receptions {

    private static final String RECEPTION = """
            select r.id, r.shift_id, r.station_id, s.name as station_name, r.member_id, m.name as member_name, m.account_id,
                   m.committee_region_code, r.visitor_name_masked, r.visitor_phone_masked, r.category, r.community_code,
                   r.description, r.outcome, r.outcome_note, r.topic_id, r.recorded_at
            from member_reception r join member_station s on s.id = r.station_id join member_profile m on m.id = r.member_id
            """;

    private final JdbcClient jdbc;
    private final RecordPhotoStore photos;
    private final RecordAccess access;
    private final Topics topics;

    Receptions(JdbcClient jdbc, RecordPhotoStore photos, RecordAccess access, Topics topics) {
        this.jdbc = jdbc;
        this.photos = photos;
        this.access = access;
        this.topics = topics;
    }

    /** @throws DomainException NOT_FOUND unless the actor may read it (the member, staff of the region, the community's cadres) */
    public Reception get(long id, Actor actor) {
        Row row = jdbc.sql(RECEPTION + "where r.id = :id").param("id", id).query(this::row).optional()
                .filter(r -> access.mayRead(actor, r.accountId(), r.committeeRegion(), r.reception().communityCode()))
                .orElseThrow(() -> DomainException.notFound("member.reception.unknown", id));
        return row.reception();
    }

    /** Whether the actor is staff of the record's region (who may see the visitor's full phone). */
    public boolean mayReveal(long id, Actor actor) {
        return jdbc.sql(RECEPTION + "where r.id = :id").param("id", id).query(this::row).optional()
                .filter(r -> access.isStaff(actor, r.committeeRegion())).isPresent();
    }

    /** The member's reception records, newest first. */
    public List<Reception> ofMember(long memberId, int limit) {
        return jdbc.sql(RECEPTION + "where r.member_id = :member order by r.recorded_at desc limit :limit")
                .param("member", memberId).param("limit", limit).query(this::row).list().stream().map(Row::reception).toList();
    }

    /** A station's reception records, newest first, for staff (the caller checks they may). */
    public List<Reception> ofStation(long stationId, int limit) {
        return jdbc.sql(RECEPTION + "where r.station_id = :station order by r.recorded_at desc limit :limit")
                .param("station", stationId).param("limit", limit).query(this::row).list().stream().map(Row::reception).toList();
    }

    /**
     * What the station has done, anonymised, newest first: the public record of matters handled. A
     * topic is named only while the public may read it.
     */
    public List<MatterRecord> matters(long stationId, int limit) {
        return jdbc.sql("""
                select recorded_at, category, outcome, topic_id from member_reception where station_id = :station
                order by recorded_at desc limit :limit""")
                .param("station", stationId).param("limit", limit)
                .query((rs, n) -> new MatterRecord(Rows.requiredInstant(rs, "recorded_at").atZone(Zones.platform()).toLocalDate(),
                        TopicCategory.valueOf(rs.getString("category")), ReceptionOutcome.valueOf(rs.getString("outcome")),
                        Rows.nullableLong(rs, "topic_id")))
                .list().stream()
                .map(m -> m.topicId() == null || topics.find(m.topicId()).filter(TopicView::isPublic).isPresent() ? m
                        : new MatterRecord(m.day(), m.category(), m.outcome(), null))
                .toList();
    }

    /** @throws DomainException NOT_FOUND unless the actor may read the record and it has the photo */
    public Photo photo(long id, long photoId, Actor actor) {
        get(id, actor);
        return photos.find(Owner.RECEPTION, id, photoId).orElseThrow(() -> DomainException.notFound("member.photo.none"));
    }

    /** A record with what access is decided by. */
    private record Row(Reception reception, long accountId, String committeeRegion) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Reception reception = new Reception(id, rs.getLong("shift_id"), rs.getLong("station_id"), rs.getString("station_name"),
                rs.getLong("member_id"), rs.getString("member_name"), rs.getString("visitor_name_masked"),
                rs.getString("visitor_phone_masked"), TopicCategory.valueOf(rs.getString("category")), rs.getString("community_code"),
                rs.getString("description"), ReceptionOutcome.valueOf(rs.getString("outcome")), rs.getString("outcome_note"),
                Rows.nullableLong(rs, "topic_id"), Rows.requiredInstant(rs, "recorded_at"), photos.ids(Owner.RECEPTION, id));
        return new Row(reception, rs.getLong("account_id"), rs.getString("committee_region_code"));
    }
}
