package org.gongshang.member.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which grids (网格) each member does grid duty in. */
@Repository
public class GridStore {

    private final JdbcClient jdbc;

    GridStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the member had the grid already */
    public boolean add(long memberId, String gridCode, long by, Instant at) {
        return jdbc.sql("""
                insert into member_grid (member_id, grid_code, assigned_by, assigned_at) values (:member, :grid, :by, :at)
                on conflict do nothing""")
                .param("member", memberId).param("grid", gridCode).param("by", by).param("at", Timestamp.from(at)).update() > 0;
    }

    public boolean remove(long memberId, String gridCode) {
        return jdbc.sql("delete from member_grid where member_id = :member and grid_code = :grid")
                .param("member", memberId).param("grid", gridCode).update() > 0;
    }

    public List<String> of(long memberId) {
        return jdbc.sql("select grid_code from member_grid where member_id = :member order by grid_code")
                .param("member", memberId).query(String.class).list();
    }

    public boolean has(long memberId, String gridCode) {
        return jdbc.sql("select exists (select 1 from member_grid where member_id = :member and grid_code = :grid)")
                .param("member", memberId).param("grid", gridCode).query(Boolean.class).single();
    }
}
