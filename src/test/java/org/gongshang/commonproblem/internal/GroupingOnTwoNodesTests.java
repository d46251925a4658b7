package org.gongshang.commonproblem.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.gongshang.commonproblem.CommonProblemProperties;
import org.gongshang.commonproblem.TestVectors;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actors;
import org.gongshang.region.Regions;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.support.ModuleTest;
import org.gongshang.topic.TopicDigest;
import org.gongshang.topic.TopicDigests;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicRaising;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one database, each with the groups' representatives in memory: a text placed on one
 * node joins the group another node started after the first had loaded its own copy, and a group
 * emptied on one node is not joined on the other.
 */
@ModuleTest
class GroupingOnTwoNodesTests {

    @Autowired
    ProblemClustering nodeA;
    @Autowired
    ClusterStore store;
    @Autowired
    CommonProblemProperties properties;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

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
    ProblemClustering nodeB;
    long firstId;

    @BeforeEach
    void twoNodes() {
        firstId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        when(topics.find(any(Long.class))).thenAnswer(call -> Optional.ofNullable(digests.get((Long) call.getArgument(0))));
        when(similar.meaning(any(), any(Long.class), anyString(), anyString()))
                .thenAnswer(call -> vectors.get((Long) call.getArgument(1)));
        nodeB = new ProblemClustering(List.of(new TopicCorpus(topics)), store, similar, properties, transactions, clock);
    }

    @Test
    void aTextOnOneNodeJoinsTheGroupAnotherNodeStarted() {
        // Node B has its copy of the representatives before node A starts the group.
        topic(firstId, "别的问题", TopicStatus.SUBMITTED, random.unit());
        nodeB.changed("topic", firstId);
        float[] problem = random.unit();
        topic(firstId + 1, "小区路灯不亮", TopicStatus.SUBMITTED, problem);
        nodeA.changed("topic", firstId + 1);
        long group = store.source("topic", firstId + 1).orElseThrow().clusterId();

        topic(firstId + 2, "路灯坏了没人修", TopicStatus.SUBMITTED, random.nudged(problem));
        nodeB.changed("topic", firstId + 2);

        assertThat(store.source("topic", firstId + 2).orElseThrow().clusterId()).isEqualTo(group);
    }

    @Test
    void aGroupEmptiedOnOneNodeIsNotJoinedOnTheOther() {
        float[] problem = random.unit();
        topic(firstId, "垃圾清运不及时", TopicStatus.SUBMITTED, problem);
        nodeB.changed("topic", firstId);
        long group = store.source("topic", firstId).orElseThrow().clusterId();
        topic(firstId, "垃圾清运不及时", TopicStatus.DECLINED, problem);
        nodeA.changed("topic", firstId);
        assertThat(store.source("topic", firstId)).isEmpty();

        topic(firstId + 1, "垃圾没人清运", TopicStatus.SUBMITTED, random.nudged(problem));
        nodeB.changed("topic", firstId + 1);

        assertThat(store.source("topic", firstId + 1).orElseThrow().clusterId()).isNotEqualTo(group);
    }

    private void topic(long id, String title, TopicStatus status, float[] vector) {
        digests.put(id, new TopicDigest(id, title, "", "511702001001", status, false, 1, Instant.now().minus(Duration.ofDays(1))));
        vectors.put(id, vector);
    }
}
