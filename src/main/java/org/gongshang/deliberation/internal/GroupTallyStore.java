package org.gongshang.deliberation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.deliberation.GroupTally;
import org.gongshang.deliberation.NewGroupTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Show-of-hands tallies of meetings: a table of their own, never read by the vote path or the engine. */
@Repository
public class GroupTallyStore {

    private final JdbcClient jdbc;

    GroupTallyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GroupTally insert(long deliberationId, NewGroupTally tally, long enteredBy, Instant at) {
        long id = jdbc.sql("""
                insert into deliberation_group_tally (deliberation_id, statement_id, meeting, held_on, agrees, disagrees, passes,
                    note, entered_by, entered_at)
                values (:deliberation, :statement, :meeting, :heldOn, :agrees, :disagrees, :passes, :note, :by, :at)
                returning id""")
                .param("deliberation", deliberationId).param("statement", tally.statementId()).param("meeting", tally.meeting())
                .param("heldOn", tally.heldOn()).param("agrees", tally.agrees()).param("disagrees", tally.disagrees())
                .param("passes", tally.passes()).param("note", tally.note()).param("by", enteredBy)
                .param("at", Timestamp.from(at)).query(Long.class).single();
        return of(deliberationId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    public List<GroupTally> of(long deliberationId) {
        return jdbc.sql("select * from deliberation_group_tally where deliberation_id = :id order by held_on, id")
                .param("id", deliberationId)
                .query((rs, n) -> new GroupTally(rs.getLong("id"), deliberationId, rs.getLong("statement_id"),
                        rs.getString("meeting"), rs.getObject("held_on", LocalDate.class), rs.getInt("agrees"),
                        rs.getInt("disagrees"), rs.getInt("passes"), rs.getString("note"), rs.getLong("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()))
                .list();
    }
}
