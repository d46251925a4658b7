package org.gongshang.member;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A committee's expert pool (专家库), for its staff. Changes go through {@link ExpertPool}. */
@Service
public class Experts {

    private final JdbcClient jdbc;
    private final MemberAccess access;

    Experts(JdbcClient jdbc, MemberAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * The experts of the committee, active first, optionally those with an expertise tag.
     *
     * Refused as NOT_FOUND for an unknown committee, FORBIDDEN outside the staff's region.
     */
    public List<Expert> of(long committeeId, @Nullable String tag, Actor actor) {
        access.requireStaffOf(actor, committeeId);
        return active(committeeId, Texts.clean(tag), true);
    }

    /** Active experts of a committee, for the participants suggested to a consultation. */
    public List<Expert> active(long committeeId) {
        return active(committeeId, null, false);
    }

    private List<Expert> active(long committeeId, @Nullable String tag, boolean includeInactive) {
        return jdbc.sql("""
                select id, committee_id, name, expertise, work_unit, title, phone_masked, account_id, active
                from member_expert
                where committee_id = :committee and (:includeInactive or active)
                  and (cast(:tag as text) is null or :tag = any (expertise))
                order by active desc, name, id""")
                .param("committee", committeeId).param("tag", tag).param("includeInactive", includeInactive)
                .query((rs, n) -> new Expert(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("name"),
                        Members.strings(rs, "expertise"), rs.getString("work_unit"), rs.getString("title"),
                        rs.getString("phone_masked"), rs.getObject("account_id", Long.class), rs.getBoolean("active")))
                .list();
    }
}
