package org.gongshang.commonproblem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The raised topic's description: the staff's words, then where the problem was raised, within the topic's limit. */
class EscalationDescriptionTests {

    @Test
    void theSourcesFollowTheStaffsWords() {
        String description = ClusterEscalation.description("三个社区反映同一问题。",
                List.of(source(1, "凤凰山社区", "老旧小区加装电梯难"), source(2, "滨河社区", "我们小区希望装电梯")));

        assertThat(description).isEqualTo("三个社区反映同一问题。\n· 凤凰山社区：老旧小区加装电梯难\n· 滨河社区：我们小区希望装电梯");
    }

    @Test
    void manySourcesAreListedUpToThirtyAndCountedAndTheTextStaysWithinTheTopicsLimit() {
        List<ProblemSource> sources = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sources.add(source(i, "社区" + i, "题".repeat(55)));
        }

        String description = ClusterEscalation.description("", sources);

        assertThat(description.lines().filter(line -> line.startsWith("· "))).hasSizeLessThanOrEqualTo(30);
        assertThat(description).endsWith("…（200）");
        assertThat(description.length()).isLessThanOrEqualTo(2000);
    }

    static ProblemSource source(long id, String community, String title) {
        return new ProblemSource("topic", id, title, "511702001001", community, 1, Instant.EPOCH, "/topics/" + id);
    }
}
