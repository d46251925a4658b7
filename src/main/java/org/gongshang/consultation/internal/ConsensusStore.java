package org.gongshang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.consultation.ConsensusItem;
import org.gongshang.consultation.VoteChoice;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consensus items and the attendees' votes on them. */
@Repository
public class ConsensusStore {

    private final JdbcClient jdbc;

    ConsensusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long consultationId, @Nullable Long agendaItemId, String text) {
        return jdbc.sql("insert into consensus_item (consultation_id, agenda_item_id, text) values (:id, :agenda, :text) returning id")
                .param("id", consultationId).param("agenda", agendaItemId).param("text", text).query(Long.class).single();
    }

    public Optional<ConsensusItem> find(long itemId) {
        return jdbc.sql("select * from consensus_item where id = :id").param("id", itemId).query(ConsensusStore::map).optional();
    }

    public List<ConsensusItem> list(long consultationId) {
        return jdbc.sql("select * from consensus_item where consultation_id = :id order by id").param("id", consultationId)
                .query(ConsensusStore::map).list();
    }

    public List<ConsensusItem> byIds(List<Long> ids) {
        return jdbc.sql("select * from consensus_item where id = any(:ids) order by id").param("ids", ids.toArray(Long[]::new))
                .query(ConsensusStore::map).list();
    }

    public void save(ConsensusItem item) {
        jdbc.sql("""
                update consensus_item set text = :text, status = :status, agree = :agree, disagree = :disagree,
                    abstain = :abstain, adopted = :adopted, decided_at = :decidedAt
                where id = :id""")
                .param("text", item.text()).param("status", item.status().name()).param("agree", item.agree())
                .param("disagree", item.disagree()).param("abstain", item.abstain()).param("adopted", item.adopted())
                .param("decidedAt", Rows.timestamp(item.decidedAt())).param("id", item.id()).update();
    }

    /** @return false when this participant voted on the item already */
    public boolean vote(long itemId, long participantId, VoteChoice choice) {
        return jdbc.sql("""
                insert into consensus_vote (item_id, participant_id, choice) values (:item, :participant, :choice)
                on conflict do nothing""")
                .param("item", itemId).param("participant", participantId).param("choice", choice.name()).update() == 1;
    }

    public Map<VoteChoice, Integer> counts(long itemId) {
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        for (VoteChoice choice : VoteChoice.values()) {
            counts.put(choice, 0);
        }
        jdbc.sql("select choice, count(*) as n from consensus_vote where item_id = :item group by choice").param("item", itemId)
                .query((rs, n) -> Map.entry(VoteChoice.valueOf(rs.getString("choice")), rs.getInt("n"))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    static ConsensusItem map(ResultSet rs, int row) throws SQLException {
        return new ConsensusItem(rs.getLong("id"), rs.getLong("consultation_id"), Rows.nullableLong(rs, "agenda_item_id"),
                rs.getString("text"), ConsensusItem.Status.valueOf(rs.getString("status")), rs.getInt("agree"),
                rs.getInt("disagree"), rs.getInt("abstain"), rs.getObject("adopted", Boolean.class), Rows.instant(rs, "decided_at"));
    }
}
