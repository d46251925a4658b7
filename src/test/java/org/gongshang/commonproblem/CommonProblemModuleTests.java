package org.gongshang.commonproblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.support.ModuleTest;
import org.gongshang.topic.RaisedTopic;
import org.gongshang.topic.TopicDigest;
import org.gongshang.topic.TopicDigests;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicRaising;
import org.gongshang.topic.TopicSubmitted;
import org.gongshang.topic.TopicView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The module over its real tables, with topics, embeddings and regions given: texts that mean the same
 * gather in one group as their events arrive, a declined one leaves it, a group counts only within the
 * viewer's regions and the thresholds, and it is raised once.
 */
@ModuleTest
class CommonProblemModuleTests {

    @Autowired
    ProblemSources sources;
    @Autowired
    ProblemClusters clusters;
    @Autowired
    ClusterEscalation escalation;

    @MockitoBean
    TopicDigests topics;
    @MockitoBean
    SimilarTexts similar;
    @MockitoBean
    TopicRaising raising;
    @MockitoBean
    Regions regions;
    @MockitoBean
    Actors actors;
    @MockitoBean
    Accounts accounts;

    final Map<Long, TopicDigest> digests = new HashMap<>();
    final Map<Long, float[]> vectors = new HashMap<>();
    final TestVectors random = new TestVectors();
    String district;
    List<String> communities;
    long firstId;
    Actor staff;

    @BeforeEach
    void aFreshDistrict() {
        // The module tests' database outlives a run: fresh ids and a fresh district each time.
        firstId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        district = "8" + (firstId % 100_000 + 100_000);
        communities = List.of(district + "001001", district + "001002", district + "002001", district + "002002");
        staff = new Actor(77, "王通川", List.of(new RoleGrant(1, Role.STAFF, 3L, district)), null);
        when(actors.scopeRoots(eq(staff), any(Role[].class))).thenReturn(List.of(district));
        when(regions.codesWithin(district)).thenReturn(Set.copyOf(communities));
        when(regions.find(anyString())).thenAnswer(call -> Optional.of(new Region(call.getArgument(0), "社区" + call.getArgument(0),
                RegionLevel.COMMUNITY, district, true)));
        when(regions.find(district)).thenReturn(Optional.of(new Region(district, "测试区", RegionLevel.DISTRICT, "511700", true)));
        when(regions.enclosing(anyString(), eq(RegionLevel.DISTRICT)))
                .thenReturn(Optional.of(new Region(district, "测试区", RegionLevel.DISTRICT, "511700", true)));
        when(regions.isWithin(anyString(), eq(district))).thenReturn(true);
        when(topics.find(any(Long.class))).thenAnswer(call -> Optional.ofNullable(digests.get((Long) call.getArgument(0))));
        when(similar.meaning(any(), any(Long.class), anyString(), anyString()))
                .thenAnswer(call -> vectors.get((Long) call.getArgument(1)));
    }

    @Test
    void textsThatMeanTheSameGatherAsTheyArriveAndADeclinedOneLeaves(Scenario scenario) {
        float[] problem = random.unit();
        for (int i = 0; i < 3; i++) {
            topic(firstId + i, "窨井盖松动" + i, communities.get(i), random.nudged(problem));
        }
        topic(firstId + 3, "别的问题", communities.get(3), random.unit());
        sources.changed("topic", firstId);
        sources.changed("topic", firstId + 1);
        sources.changed("topic", firstId + 3);

        scenario.publish(new TopicSubmitted(firstId + 2, "窨井盖松动2", TopicSource.PUBLIC, communities.get(2), 1, false, List.of()))
                .andWaitForStateChange(() -> clusters.common(staff, null), found -> !found.isEmpty())
                .andVerify(found -> {
                    assertThat(found).hasSize(1);
                    assertThat(found.getFirst().title()).isEqualTo("窨井盖松动0");
                    assertThat(found.getFirst().communities()).isEqualTo(3);
                    assertThat(clusters.sources(found.getFirst().id(), staff)).extracting(ProblemSource::path)
                            .containsExactly("/topics/" + firstId, "/topics/" + (firstId + 1), "/topics/" + (firstId + 2));
                });

        digests.put(firstId + 1, digest(firstId + 1, "窨井盖松动1", communities.get(1), TopicStatus.DECLINED, 1));
        sources.changed("topic", firstId + 1);
        assertThat(clusters.common(staff, null)).as("two communities are not enough").isEmpty();
    }

    @Test
    void manySupportersInOneCommunityMakeAProblemCommonAndOtherRegionsDoNotSeeIt() {
        topic(firstId, "快递柜收费", communities.getFirst(), random.unit());
        digests.put(firstId, digest(firstId, "快递柜收费", communities.getFirst(), TopicStatus.ACCEPTED, 25));
        sources.changed("topic", firstId);

        assertThat(clusters.common(staff, null)).extracting(ProblemCluster::supporters).containsExactly(25);
        Actor other = new Actor(78, "李达川", List.of(new RoleGrant(2, Role.STAFF, 4L, "511703")), null);
        when(actors.scopeRoots(eq(other), any(Role[].class))).thenReturn(List.of("511703"));
        when(regions.codesWithin("511703")).thenReturn(Set.of("511703"));
        assertThat(clusters.common(other, null)).isEmpty();
        Actor resident = new Actor(79, "张居民", List.of(new RoleGrant(3, Role.RESIDENT, null, communities.getFirst())), null);
        assertThatThrownBy(() -> clusters.common(resident, null)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "common-problem.staff-only");
    }

    @Test
    void aGroupIsRaisedOnceAsOneTopicLinkingItsSourceTopics() {
        float[] problem = random.unit();
        for (int i = 0; i < 3; i++) {
            topic(firstId + i, "楼道杂物" + i, communities.get(i), random.nudged(problem));
            sources.changed("topic", firstId + i);
        }
        long clusterId = clusters.common(staff, null).getFirst().id();
        TopicView raised = mock(TopicView.class);
        when(raised.id()).thenReturn(firstId + 100);
        when(raising.raiseFromConsultations(any(RaisedTopic.class), eq(staff))).thenReturn(raised);

        ClusterEscalated escalated = escalation.escalate(clusterId, new Escalation("楼道杂物堵塞消防通道", "", null, district), staff);

        assertThat(escalated.topicId()).isEqualTo(firstId + 100);
        assertThat(escalated.sources()).containsExactly("topic:" + firstId, "topic:" + (firstId + 1), "topic:" + (firstId + 2));
        assertThat(clusters.get(clusterId, staff).raisedTopicId()).isEqualTo(firstId + 100);
        assertThatThrownBy(() -> escalation.escalate(clusterId, new Escalation("再来一次", "", null, district), staff))
                .hasFieldOrPropertyWithValue("messageKey", "common-problem.already-raised");
    }

    private void topic(long id, String title, String community, float[] vector) {
        digests.put(id, digest(id, title, community, TopicStatus.SUBMITTED, 1));
        vectors.put(id, vector);
    }

    private static TopicDigest digest(long id, String title, String community, TopicStatus status, int supporters) {
        return new TopicDigest(id, title, "", community, status, false, supporters, Instant.now().minus(Duration.ofDays(1)));
    }
}
