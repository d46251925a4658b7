package org.gongshang.outcome.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.outcome.RatingRound;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.outcome.SatisfactionRating;
import org.gongshang.outcome.SatisfactionResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who may rate a recommendation, the ratings of each round and each round's result. */
@Repository("outcomeRatingStore")
public class RatingStore {

    /** Why someone may rate. */
    public enum RaterReason {
        ATTENDEE, SUPPORTER
    }

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addRaters(long recommendationId, Collection<Long> accountIds, RaterReason reason) {
        for (Long account : accountIds.stream().distinct().toList()) {
            jdbc.sql("""
                    insert into outcome_rater (recommendation_id, account_id, reason) values (:id, :account, :reason)
                    on conflict do nothing""")
                    .param("id", recommendationId).param("account", account).param("reason", reason.name()).update();
        }
    }

    public List<Long> raters(long recommendationId) {
        return jdbc.sql("select account_id from outcome_rater where recommendation_id = :id order by account_id")
                .param("id", recommendationId).query(Long.class).list();
    }

    public boolean isRater(long recommendationId, long accountId) {
        return jdbc.sql("select count(*) from outcome_rater where recommendation_id = :id and account_id = :account")
                .param("id", recommendationId).param("account", accountId).query(Integer.class).single() > 0;
    }

    /** Recommendations the person may rate now: replied, with the window open, not yet rated by them in this round. */
    public List<Long> awaitingRatingBy(long accountId) {
        return jdbc.sql("""
                select r.id from outcome_recommendation r join outcome_rater x on x.recommendation_id = r.id
                where x.account_id = :account and r.status = 'REPLIED'
                  and not exists (select 1 from outcome_rating g where g.recommendation_id = r.id
                                  and g.handling_round = r.rehandling_rounds + 1 and g.account_id = :account)
                order by r.rating_closes_on, r.id""")
                .param("account", accountId).query(Long.class).list();
    }

    /** False when the person already rated this round. */
    public boolean insertRating(long recommendationId, int round, long accountId, Satisfaction rating, @Nullable String comment,
            Instant at) {
        return jdbc.sql("""
                insert into outcome_rating (recommendation_id, handling_round, account_id, rating, comment, at)
                values (:id, :round, :account, :rating, :comment, :at) on conflict do nothing""")
                .param("id", recommendationId).param("round", round).param("account", accountId).param("rating", rating.name())
                .param("comment", comment).param("at", Rows.timestamp(at)).update() == 1;
    }

    public List<SatisfactionRating> ratings(long recommendationId) {
        return jdbc.sql("select * from outcome_rating where recommendation_id = :id order by handling_round, at, id")
                .param("id", recommendationId)
                .query((rs, n) -> new SatisfactionRating(rs.getInt("handling_round"), rs.getLong("account_id"),
                        Satisfaction.valueOf(rs.getString("rating")), rs.getString("comment"), Rows.requiredInstant(rs, "at")))
                .list();
    }

    /** The ratings of a round: those given online and those collected offline and entered by staff. */
    public Map<Satisfaction, Integer> counts(long recommendationId, int round) {
        Map<Satisfaction, Integer> counts = new EnumMap<>(Satisfaction.class);
        for (Satisfaction value : Satisfaction.values()) {
            counts.put(value, 0);
        }
        jdbc.sql("""
                select rating, count(*) as n from outcome_rating where recommendation_id = :id and handling_round = :round
                group by rating
                union all
                select 'SATISFIED', coalesce(sum(satisfied), 0) from outcome_offline_rating
                where recommendation_id = :id and handling_round = :round
                union all
                select 'BASICALLY_SATISFIED', coalesce(sum(basically), 0) from outcome_offline_rating
                where recommendation_id = :id and handling_round = :round
                union all
                select 'UNSATISFIED', coalesce(sum(unsatisfied), 0) from outcome_offline_rating
                where recommendation_id = :id and handling_round = :round""")
                .param("id", recommendationId).param("round", round)
                .query((rs, n) -> counts.merge(Satisfaction.valueOf(rs.getString("rating")), rs.getInt("n"), Integer::sum)).list();
        return counts;
    }

    public void saveRound(long recommendationId, RatingRound round) {
        jdbc.sql("""
                insert into outcome_rating_result (recommendation_id, handling_round, result, satisfied, basically, unsatisfied,
                    closed_by, closed_at)
                values (:id, :round, :result, :s, :b, :u, :by, :at)""")
                .param("id", recommendationId).param("round", round.handlingRound()).param("result", round.result().name())
                .param("s", round.satisfied()).param("b", round.basicallySatisfied()).param("u", round.unsatisfied())
                .param("by", round.closedBy()).param("at", Rows.timestamp(round.closedAt())).update();
    }

    public List<RatingRound> rounds(long recommendationId) {
        return jdbc.sql("select * from outcome_rating_result where recommendation_id = :id order by handling_round")
                .param("id", recommendationId)
                .query((rs, n) -> new RatingRound(rs.getInt("handling_round"), SatisfactionResult.valueOf(rs.getString("result")),
                        rs.getInt("satisfied"), rs.getInt("basically"), rs.getInt("unsatisfied"), Rows.nullableLong(rs, "closed_by"),
                        Rows.requiredInstant(rs, "closed_at")))
                .list();
    }
}
