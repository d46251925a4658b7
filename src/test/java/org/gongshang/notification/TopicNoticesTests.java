package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.CoSigns;
import org.gongshang.topic.Decision;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Submitters and co-signers find screening decisions and merges in their inbox, in plain words. */
@GongshangTest
class TopicNoticesTests {

    @Autowired
    TopicSubmissions submissions;

    @Autowired
    CoSigns coSigns;

    @Autowired
    Screenings screenings;

    @Autowired
    Actors actors;

    @Autowired
    Inbox inbox;

    @Autowired
    People people;

    long submit(Person person, String title) {
        return submissions.submit(new NewTopic(title, "凤凰山社区有这个问题很久了，居民反映强烈，希望协商解决。", TopicCategory.SOCIETY,
                People.COMMUNITY, List.of(), null, null, null), actors.of(person.id())).id();
    }

    List<InboxMessage> messages(Person person) {
        return inbox.page(person.id(), 0, 20).items();
    }

    @Test
    void theSubmitterAndCoSignersAreToldWhyATopicWasDeclined() {
        Person submitter = people.resident();
        Person cosigner = people.resident();
        long id = submit(submitter, "楼道堆放杂物无人清理");
        coSigns.cosign(id, actors.of(cosigner.id()));

        screenings.decide(id, new ScreeningDecision(Decision.DECLINE, DeclineReason.EXPLICIT_POLICY, "消防法已有规定，请物业按规定清理。", null),
                actors.of(people.withRole(Role.STAFF, "通川区政协").id()));

        for (Person person : List.of(submitter, cosigner)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages(person))
                    .anySatisfy(m -> assertThat(m.body()).contains("楼道堆放杂物无人清理", "党委政府已有明确规定", "消防法已有规定")));
        }
    }

    @Test
    void everyoneConcernedHearsOfAMerge() {
        Person first = people.resident();
        Person second = people.resident();
        long survivor = submit(first, "小区门口人行道被占用");
        long duplicate = submit(second, "小区门口人行道摆摊占道");

        screenings.merge(duplicate, survivor, "同一处人行道", actors.of(people.withRole(Role.STAFF, "通川区政协").id()));

        for (Person person : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(messages(person))
                    .anySatisfy(m -> assertThat(m.body()).contains("小区门口人行道摆摊占道", "已并入")));
        }
    }
}
