package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.NewRecommendation;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.Transfer;
import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.CoSigns;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Builds what follow-up tests need: a topic with its submitter and a co-signer (who are asked to
 * answer surveys on it), recommendations through the outcome module's API, surveys through the
 * HTTP API. Lazy, like the other modules' fixtures, so that contexts without test support never make it.
 */
@Component
@Lazy
class FollowUpFixtures {

    private static final AtomicLong TOPICS = new AtomicLong();

    final Api api;
    final People people;
    private final TopicSubmissions submissions;
    private final CoSigns coSigns;
    private final Recommendations recommendations;
    private final Organizations organizations;
    private final Actors actors;

    FollowUpFixtures(Api api, People people, TopicSubmissions submissions, CoSigns coSigns, Recommendations recommendations,
            Organizations organizations, Actors actors) {
        this.api = api;
        this.people = people;
        this.submissions = submissions;
        this.coSigns = coSigns;
        this.recommendations = recommendations;
        this.organizations = organizations;
        this.actors = actors;
    }

    /** A topic in the demo community, submitted by one resident and co-signed by another. */
    record SupportedTopic(long id, Person submitter, Person coSigner) {
    }

    SupportedTopic supportedTopic() {
        Person submitter = people.resident();
        Person coSigner = people.resident();
        long n = TOPICS.incrementAndGet();
        long id = submissions.submit(new NewTopic("跟踪问效测试第" + n + "号：健身器材年久失修", "小区健身器材螺丝松动、扶手断裂，"
                + "老人孩子使用有危险，希望有关部门检修更换。", TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null, null),
                actors.of(submitter.id())).id();
        coSigns.cosign(id, actors.of(coSigner.id()));
        return new SupportedTopic(id, submitter, coSigner);
    }

    Person districtStaff() {
        return people.withRole(Role.STAFF, "通川区政协");
    }

    Person otherDistrictStaff() {
        return people.withRole(Role.STAFF, "达川区政协");
    }

    /** A recommendation of 通川区 on a topic with a submitter and a co-signer. */
    record SharedRecommendation(long id, SupportedTopic topic) {
    }

    private SharedRecommendation draft;
    private SharedRecommendation published;

    /**
     * The draft recommendation the follow-up tests share. They share it, rather than each making its
     * own, because every new draft pushes the demo's off the first page of the city staff's list,
     * which the outcome module's demo page test reads. Tests count what they add to it.
     */
    synchronized SharedRecommendation draftRecommendation() {
        if (draft == null) {
            SupportedTopic topic = supportedTopic();
            draft = new SharedRecommendation(recommendation(districtStaff(), topic.id()), topic);
        }
        return draft;
    }

    /** The shared recommendation signed off and transferred to the city's housing bureau: the public sees it. */
    synchronized SharedRecommendation publicRecommendation() {
        if (published == null) {
            SupportedTopic topic = supportedTopic();
            Person staff = districtStaff();
            long id = recommendation(staff, topic.id());
            recommendations.signOff(id, actor(staff));
            long bureau = organizations.list(null, null).stream().filter(o -> o.name().equals("市住房和城乡建设局")).findFirst()
                    .orElseThrow().id();
            recommendations.transfer(id, new Transfer(bureau, List.of(), null), actor(staff));
            published = new SharedRecommendation(id, topic);
        }
        return published;
    }

    private long recommendation(Person staff, long topicId) {
        return recommendations.create(new NewRecommendation("对小区健身器材开展安全排查，损坏的限期维修更换。", null, topicId,
                "511702", RecommendationSource.OTHER, true), actor(staff)).id();
    }

    Actor actor(Person person) {
        return actors.of(person.id());
    }

    /** The JSON of a survey on the topic with one question of each kind. */
    static String surveyJson(String title, long topicId, boolean anonymous) {
        return """
                {"title":"%s","intro":"请谈谈整改后的感受。","anonymous":%s,"topicId":%d,
                 "questions":[
                   {"kind":"SINGLE_CHOICE","text":"是否满意？","required":true,"choices":["满意","基本满意","不满意"]},
                   {"kind":"MULTIPLE_CHOICE","text":"还有哪些问题？","required":false,"choices":["螺丝松动","扶手断裂","无"]},
                   {"kind":"RATING","text":"请打分","required":true},
                   {"kind":"FREE_TEXT","text":"其他建议","required":false}]}"""
                .formatted(title, anonymous, topicId);
    }

    /** Creates and publishes the survey as the staff member; its JSON. */
    JsonNode publishedSurvey(Api.Caller staff, String json) {
        Api.Response created = staff.post("/api/v1/surveys", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response published = staff.post("/api/v1/surveys/" + id + "/publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.json();
    }

    /** A complete answer to the survey of {@link #surveyJson}: choice {@code choice} (0–2), rating, text. */
    static String answerJson(JsonNode survey, int choice, int rating, String text) {
        JsonNode questions = survey.get("questions");
        return """
                {"answers":[{"questionId":%d,"choiceIds":[%d]},{"questionId":%d,"choiceIds":[%d,%d]},
                  {"questionId":%d,"rating":%d},{"questionId":%d,"text":"%s"}]}"""
                .formatted(questions.get(0).get("id").asLong(), questions.get(0).get("choices").get(choice).get("id").asLong(),
                        questions.get(1).get("id").asLong(), questions.get(1).get("choices").get(0).get("id").asLong(),
                        questions.get(1).get("choices").get(1).get("id").asLong(), questions.get(2).get("id").asLong(), rating,
                        questions.get(3).get("id").asLong(), text);
    }
}
