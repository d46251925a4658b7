package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.time.Duration;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The link from consultations: final minutes make one draft per adopted consensus item (through the
 * consultation module's event), a corrected version or a staff member taking the items over by hand
 * adds nothing twice, and the people concerned — the topic's submitter and co-signers, the
 * attendees — may rate, while the departments' accounts never do.
 */
@GongshangTest
class ConsultationIntakeTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Recommendations recommendations;

    OutcomeFixtures fixtures;
    OutcomeFixtures.Consultation consultation;
    Api.Caller organiser;

    @BeforeEach
    void concluded() {
        fixtures = new OutcomeFixtures(context);
        consultation = fixtures.concludedConsultation(2, "停车位施划方案公示后再施工", "消防通道全线施划禁停标线");
        organiser = fixtures.api.as(consultation.organiser());
    }

    @Test
    void finalMinutesMakeOneDraftPerAdoptedItemWithTheConsultationsRegionAndTopic() {
        List<RecommendationView> drafts = fixtures.draftsOf(consultation.id(), 2);
        assertThat(drafts).extracting(RecommendationView::text).containsExactlyInAnyOrder("停车位施划方案公示后再施工", "消防通道全线施划禁停标线");
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.status()).isEqualTo(RecommendationStatus.DRAFT);
            assertThat(draft.source()).isEqualTo(RecommendationSource.CONSULTATION);
            assertThat(draft.regionCode()).isEqualTo("511702");
            assertThat(draft.topicId()).isEqualTo(consultation.topicId());
        });
        JsonNode details = ok(organiser.get("/api/v1/recommendations/" + drafts.getFirst().id() + "/details"));
        assertThat(details.get("history").get(0).get("to").asString()).isEqualTo("DRAFT");
        assertThat(details.get("consultationTitle").asString()).isEqualTo("小区停车怎么管");
    }

    @Test
    void aCorrectedVersionOfTheMinutesOrTakingTheItemsOverByHandAddsNothingTwice() throws Exception {
        fixtures.draftsOf(consultation.id(), 2);
        long correction = ok(organiser.post("/api/v1/consultations/" + consultation.id() + "/minutes/corrections")).get("id").asLong();
        ok(organiser.post("/api/v1/consultations/" + consultation.id() + "/minutes/" + correction + "/finalise"));
        Api.Response byHand = organiser.post("/api/v1/recommendations/from-consultation/" + consultation.id());
        assertThat(byHand.status()).isEqualTo(201);
        assertThat(byHand.json()).isEmpty();
        Thread.sleep(Duration.ofSeconds(2));
        assertThat(recommendations.ofConsultation(consultation.id())).hasSize(2);

        Api.Caller otherRegion = fixtures.api.as(fixtures.people.withRole(Role.STAFF, "达川区政协"));
        assertThat(otherRegion.post("/api/v1/recommendations/from-consultation/" + consultation.id()).status()).isEqualTo(403);
    }

    @Test
    void followUpFindsThePeopleItConcernsAndTheDepartmentsAreNoRaters() {
        long id = fixtures.draftsOf(consultation.id(), 2).getFirst().id();
        Person coSigner = consultation.coSigner();
        ok(organiser.post("/api/v1/recommendations/" + id + "/sign-off"));
        ok(organiser.post("/api/v1/recommendations/" + id + "/transfer",
                "{\"leadOrganizationId\":%d}".formatted(fixtures.organization(OutcomeFixtures.HOUSING))));
        Person lead = fixtures.department(OutcomeFixtures.HOUSING);

        RecommendationPeople people = recommendations.people(id);
        assertThat(people.submitters()).containsExactly(consultation.submitter().id());
        assertThat(people.coSigners()).containsExactly(coSigner.id());
        assertThat(people.participants()).containsExactlyInAnyOrderElementsOf(consultation.attendees().stream().map(Person::id).toList());
        assertThat(people.leadDepartment()).contains(lead.id());
        assertThat(people.raters()).contains(consultation.submitter().id()).doesNotContain(lead.id())
                .containsAll(people.participants());

        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/accept"));
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/reply", "{\"grade\":\"A\",\"text\":\"已完成公示。\"}"));
        assertThat(recommendations.people(id).raters()).contains(coSigner.id());
        assertThat(ok(fixtures.api.as(coSigner).post("/api/v1/recommendations/" + id + "/ratings", "{\"rating\":\"SATISFIED\"}"))
                .get("rating").asString()).isEqualTo("SATISFIED");
        assertThat(ok(fixtures.api.as(consultation.submitter()).get("/api/v1/recommendations/awaiting-my-rating")).toString())
                .contains("\"id\":" + id);
    }
}
