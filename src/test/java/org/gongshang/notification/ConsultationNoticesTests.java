package org.gongshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.NewConsultation;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.Participants;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organizations;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People invited to a consultation find the invitation, and its postponement with the reason, in their inbox. */
@GongshangTest
class ConsultationNoticesTests {

    @Autowired
    Consultations consultations;

    @Autowired
    Participants participants;

    @Autowired
    TopicSubmissions submissions;

    @Autowired
    Screenings screenings;

    @Autowired
    Organizations organizations;

    @Autowired
    Actors actors;

    @Autowired
    Inbox inbox;

    @Autowired
    People people;

    @Test
    void theInvitedHearOfTheInvitationAndOfThePostponement() {
        Actor staff = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        Person resident = people.resident();
        long topic = submissions.submit(new NewTopic("社区广场舞噪音扰民", "每晚广场舞音响声音很大，影响周边住户休息，希望协商解决。",
                TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null, null), actors.of(resident.id())).id();
        screenings.decide(topic, new ScreeningDecision(Decision.ACCEPT, null, null, null), staff);
        long organization = organizations.list(null, null).stream().filter(o -> o.name().equals("通川区政协")).findFirst().orElseThrow().id();
        long id = consultations.create(new NewConsultation("广场舞噪音怎么管", List.of(topic), organization, List.of(),
                ConsultationKind.CPPCC_MICRO, ConsultationForm.ONLINE, null, null, Instant.now().plus(Duration.ofDays(20)), null,
                true, null), staff).id();
        participants.add(id, resident.id(), null, ParticipantCategory.RESIDENT, staff);

        consultations.schedule(id, staff);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox.page(resident.id(), 0, 20).items())
                .anySatisfy(m -> assertThat(m.body()).contains("广场舞噪音怎么管", "答复是否参加")));

        consultations.postpone(id, "场地维修", staff);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox.page(resident.id(), 0, 20).items())
                .anySatisfy(m -> assertThat(m.body()).contains("广场舞噪音怎么管", "延期", "场地维修")));
    }
}
