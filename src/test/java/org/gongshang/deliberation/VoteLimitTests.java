package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongshang.deliberation.DeliberationFixtures.create;
import static org.gongshang.deliberation.DeliberationFixtures.statementIds;
import static org.gongshang.deliberation.DeliberationFixtures.vote;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participant who votes in a loop is slowed down to {@code votes-per-minute} (429 with Retry-After,
 * nothing written); a vote equal to the current one writes no history row and starts no recompute.
 */
@GongshangTest
class VoteLimitTests {

    static final int PER_MINUTE = 60;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void votingInALoopIsStoppedWith429AndTheRefusedVotesWriteNothing() throws Exception {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of("应该加装电梯", "低层住户应得到补偿"));
        List<Long> statements = statementIds(staff, id);
        Caller voter = api.as(people.resident());

        long started = System.nanoTime();
        int accepted = 0;
        HttpResponse<String> refused = null;
        for (int n = 0; n < 400 && refused == null; n++) {
            HttpResponse<String> response = post(voter, id, statements.get(n % 2), n / 2 % 2 == 0 ? "AGREE" : "DISAGREE");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                accepted++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(refused).as("a loop of votes is stopped").isNotNull();
        // The bucket holds a minute's votes and refills one a second while the loop runs.
        assertThat(accepted).isBetween(PER_MINUTE, PER_MINUTE + (int) Math.ceil(seconds) + 1);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("deliberation.vote.too-many");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);

        long history = history(id);
        assertThat(history).as("every accepted vote changed the value").isEqualTo(accepted);
        // Going on: a vote gets through only as the bucket refills (one a second); the refused ones write nothing.
        int through = 0;
        for (int n = 0; n < 5; n++) {
            int status = post(voter, id, statements.get(0), n % 2 == 0 ? "PASS" : "AGREE").statusCode();
            assertThat(status).isIn(200, 429);
            through += status == 200 ? 1 : 0;
        }
        assertThat(through).isLessThan(5);
        assertThat(history(id)).as("refused votes write nothing").isEqualTo(history + through);

        Caller neighbour = api.as(people.resident());
        assertThat(vote(neighbour, id, statements.get(0), "AGREE").status()).as("others vote on").isEqualTo(200);
    }

    @Test
    void theSameVoteAgainWritesNoHistoryAndStartsNoRecompute() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of("应该加装电梯", "低层住户应得到补偿"));
        long statement = statementIds(staff, id).getFirst();
        Caller voter = api.as(people.resident());

        assertThat(vote(voter, id, statement, "AGREE").status()).isEqualTo(200);
        // After the recompute the first vote started (within its maximum delay of 2 s).
        String analysed = await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(15))
                .until(() -> analysis(voter, id), analysis -> analysis.votes() == 1).computedAt();

        for (int n = 0; n < 3; n++) {
            Api.Response again = vote(voter, id, statement, "AGREE");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("value").asString()).isEqualTo("AGREE");
        }
        assertThat(history(id)).isOne();
        assertThat(voter.get("/api/v1/deliberations/" + id + "/votes?statementId=" + statement).json()).hasSize(1);
        // Longer than the recompute's maximum delay (2 s) and the nodes' catch-up (1 s): nothing happened.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> analysis(voter, id).computedAt().equals(analysed));

        assertThat(vote(voter, id, statement, "DISAGREE").status()).isEqualTo(200);
        assertThat(history(id)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(15)).until(() -> !analysis(voter, id).computedAt().equals(analysed));
    }

    record Analysis(int votes, String computedAt) {
    }

    private static Analysis analysis(Caller caller, long id) {
        var json = caller.get("/api/v1/deliberations/" + id + "/analysis").json();
        return new Analysis(json.get("votes").asInt(), json.get("computedAt").asString());
    }

    private long history(long deliberation) {
        return jdbc.sql("select count(*) from deliberation_vote_history where deliberation_id = :d").param("d", deliberation)
                .query(Long.class).single();
    }

    private HttpResponse<String> post(Caller caller, long deliberation, long statement, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/deliberations/" + deliberation + "/votes"))
                .header("Authorization", "Bearer " + caller.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"statementId\":" + statement + ",\"value\":\"" + value + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
