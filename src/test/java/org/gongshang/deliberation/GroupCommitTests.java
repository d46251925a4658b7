package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.deliberation.DeliberationFixtures.create;
import static org.gongshang.deliberation.DeliberationFixtures.statementIds;
import static org.gongshang.deliberation.DeliberationFixtures.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Votes arriving together are written together (group commit). Whatever lands in one batch — a
 * participant changing a vote twice or casting the same vote again, votes on a rejected statement
 * beside accepted ones — each request gets its own answer, the history keeps every vote that changed
 * something (and no vote equal to the one before it), and the current vote is the participant's last.
 */
@GongshangTest
class GroupCommitTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void concurrentVotesAreEachAnsweredAndTheLastOneCounts() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of("应该加装电梯", "低层住户应得到补偿", "这条会被驳回"));
        List<Long> statements = statementIds(staff, id);
        long rejected = statements.get(2);
        assertThat(staff.post("/api/v1/deliberations/" + id + "/statements/" + rejected + "/reject").status()).isEqualTo(200);

        List<Caller> residents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            residents.add(api.as(people.resident()));
        }
        double unchangedBefore = unchanged();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(24)) {
            for (Caller resident : residents) {
                for (int n = 0; n < 16; n++) {
                    calls.add(clients.submit(() -> {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        // Mostly the two accepted statements, so that one person's changes meet in a batch.
                        long statement = random.nextInt(8) == 0 ? rejected : statements.get(random.nextInt(2));
                        String value = List.of("AGREE", "DISAGREE", "PASS").get(random.nextInt(3));
                        int status = vote(resident, id, statement, value).status();
                        if (statement == rejected) {
                            assertThat(status).isEqualTo(409);
                            refused.incrementAndGet();
                        } else {
                            assertThat(status).isEqualTo(200);
                            taken.incrementAndGet();
                        }
                    }));
                }
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }

        assertThat(refused.get() + taken.get()).isEqualTo(12 * 16);
        long history = jdbc.sql("select count(*) from deliberation_vote_history where deliberation_id = :d")
                .param("d", id).query(Long.class).single();
        assertThat(history).isEqualTo(taken.get() - Math.round(unchanged() - unchangedBefore));
        long repeated = jdbc.sql("""
                select count(*) from (
                    select value, lag(value) over (partition by participant_id, statement_id order by id) as before
                    from deliberation_vote_history where deliberation_id = :d) h
                where h.value = h.before""").param("d", id).query(Long.class).single();
        assertThat(repeated).as("no history row repeats the vote before it").isZero();
        assertThat(jdbc.sql("select count(*) from deliberation_vote where statement_id = :s").param("s", rejected)
                .query(Long.class).single()).isZero();
        // Every current vote is its participant's last on that statement.
        long differing = jdbc.sql("""
                select count(*) from deliberation_vote v
                where v.deliberation_id = :d and v.value <> (
                    select h.value from deliberation_vote_history h
                    where h.participant_id = v.participant_id and h.statement_id = v.statement_id
                    order by h.id desc limit 1)""").param("d", id).query(Long.class).single();
        assertThat(differing).isZero();
        long pairs = jdbc.sql("select count(distinct (participant_id, statement_id)) from deliberation_vote_history "
                + "where deliberation_id = :d").param("d", id).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from deliberation_vote where deliberation_id = :d").param("d", id)
                .query(Long.class).single()).isEqualTo(pairs);
    }

    private double unchanged() {
        return meters.counter(Votes.METER, "outcome", "unchanged").count();
    }
}
