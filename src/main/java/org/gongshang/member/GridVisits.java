package org.gongshang.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberPhotoStore.Photo;
import org.gongshang.member.internal.RecordAccess;
import org.gongshang.member.internal.RecordPhotoStore;
import org.gongshang.member.internal.RecordPhotoStore.Owner;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.gongshang.topic.TopicCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Grid visits as the member, staff of the region and the community's cadres read them. */
@Service
public class GridVisits {

    private static final String VISIT = """
            select v.id, v.member_id, m.name as member_name, m.account_id, m.committee_region_code, v.grid_code, v.community_code,
                   v.visited_on, v.households, v.findings, v.category, v.topic_id, v.recorded_at
            from member_grid_visit v join member_profile m on m.id = v.member_id
            """;

    private final JdbcClient jdbc;
    private final RecordPhotoStore photos;
    private final RecordAccess access;
    private final Regions regions;

    GridVisits(JdbcClient jdbc, RecordPhotoStore photos, RecordAccess access, Regions regions) {
        this.jdbc = jdbc;
        this.photos = photos;
        this.access = access;
        this.regions = regions;
    }

    /** @throws DomainException NOT_FOUND unless the actor may read it */
    public GridVisit get(long id, Actor actor) {
        return jdbc.sql(VISIT + "where v.id = :id").param("id", id).query(this::row).optional()
                .filter(r -> access.mayRead(actor, r.accountId(), r.committeeRegion(), r.visit().communityCode()))
                .map(Row::visit).orElseThrow(() -> DomainException.notFound("member.visit.unknown", id));
    }

    public List<GridVisit> ofMember(long memberId, int limit) {
        return jdbc.sql(VISIT + "where v.member_id = :member order by v.visited_on desc, v.id desc limit :limit")
                .param("member", memberId).param("limit", limit).query(this::row).list().stream().map(Row::visit).toList();
    }

    public Photo photo(long id, long photoId, Actor actor) {
        get(id, actor);
        return photos.find(Owner.VISIT, id, photoId).orElseThrow(() -> DomainException.notFound("member.photo.none"));
    }

    private record Row(GridVisit visit, long accountId, String committeeRegion) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        String grid = rs.getString("grid_code");
        GridVisit visit = new GridVisit(id, rs.getLong("member_id"), rs.getString("member_name"), grid,
                regions.find(grid).map(region -> region.name()).orElse(grid), rs.getString("community_code"),
                rs.getObject("visited_on", LocalDate.class), rs.getInt("households"), rs.getString("findings"),
                TopicCategory.valueOf(rs.getString("category")), Rows.nullableLong(rs, "topic_id"),
                Rows.requiredInstant(rs, "recorded_at"), photos.ids(Owner.VISIT, id));
        return new Row(visit, rs.getLong("account_id"), rs.getString("committee_region_code"));
    }
}
