package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.NewConsultation;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.Participants;
import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.region.Organizations;
import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The module over the embedded PostgreSQL: who is invited, one answer per person under concurrency, what an anonymous answer keeps. */
@GongshangTest
class SurveyModuleTests {

    @Autowired
    Surveys surveys;

    @Autowired
    SurveyResponses responses;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    People people;

    @Autowired
    Actors actors;

    @Autowired
    Consultations consultations;

    @Autowired
    Participants participants;

    @Autowired
    Screenings screenings;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    Person staffPerson;
    Actor staff;
    SupportedTopic topic;

    @BeforeEach
    void setUp() {
        staffPerson = fixtures.districtStaff();
        staff = fixtures.actor(staffPerson);
        topic = fixtures.supportedTopic();
    }

    @Test
    void aSurveyOnAConsultationAsksItsParticipantsAndTheSupportersOfItsTopics() {
        screenings.decide(topic.id(), new ScreeningDecision(Decision.ACCEPT, null, null, null), staff);
        long organization = organizations.list(null, null).stream().filter(o -> o.name().equals("通川区政协")).findFirst().orElseThrow().id();
        long consultation = consultations.create(new NewConsultation("健身器材怎么修", List.of(topic.id()), organization, List.of(),
                ConsultationKind.CPPCC_MICRO, ConsultationForm.ONLINE, null, null, Instant.now().plus(Duration.ofDays(20)), null,
                true, null), staff).id();
        Person participant = people.resident();
        Person declined = people.resident();
        participants.add(consultation, participant.id(), null, ParticipantCategory.RESIDENT, staff);
        participants.add(consultation, declined.id(), null, ParticipantCategory.RESIDENT, staff);
        participants.answer(consultation, false, actors.of(declined.id()));

        Survey survey = surveys.publish(surveys.create(draft(consultation, null, true), List.of(rating()), staff).id(), staff);

        assertThat(surveys.invited(survey.id())).isEqualTo(3);
        assertThat(responses.sheet(survey.id(), actors.of(participant.id())).asked()).isTrue();
        assertThat(responses.sheet(survey.id(), actors.of(topic.coSigner().id())).asked()).isTrue();
        assertThatThrownBy(() -> responses.sheet(survey.id(), actors.of(declined.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void aSurveyOnARecommendationAsksThePeopleItConcerns() {
        FollowUpFixtures.SharedRecommendation recommendation = fixtures.draftRecommendation();

        Survey survey = surveys.publish(surveys.create(draft(null, recommendation.id(), true), List.of(rating()), staff).id(), staff);

        assertThat(survey.regionCode()).isEqualTo("511702");
        assertThat(responses.sheet(survey.id(), actors.of(recommendation.topic().submitter().id())).asked()).isTrue();
        assertThat(responses.sheet(survey.id(), actors.of(recommendation.topic().coSigner().id())).asked()).isTrue();
    }

    @Test
    void twoAnswersOfOnePersonAtOnceKeepOne() throws Exception {
        Survey survey = surveys.publish(surveys.create(draft(null, null, true), List.of(rating()), staff).id(), staff);
        Actor submitter = actors.of(topic.submitter().id());
        long question = survey.questions().getFirst().id();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int rating = i;
            attempts.add(() -> {
                start.await();
                try {
                    responses.answer(survey.id(), List.of(Answer.rating(question, rating)), submitter);
                    return true;
                } catch (DomainException conflict) {
                    assertThat(conflict.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    return false;
                }
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            long kept = 0;
            for (Future<Boolean> result : results) {
                kept += result.get() ? 1 : 0;
            }
            assertThat(kept).isEqualTo(1);
        }
        assertThat(responses.count(survey.id())).isEqualTo(1);
    }

    @Test
    void anAnonymousAnswerKeepsNoAccountNoNameNoTimeAndAKeyThatDiffersPerSurvey() {
        Survey first = surveys.publish(surveys.create(draft(null, null, true), List.of(rating()), staff).id(), staff);
        Survey second = surveys.publish(surveys.create(draft(null, null, true), List.of(rating()), staff).id(), staff);
        Actor submitter = actors.of(topic.submitter().id());
        for (Survey survey : List.of(first, second)) {
            responses.answer(survey.id(), List.of(Answer.rating(survey.questions().getFirst().id(), 4)), submitter);
        }

        var rows = jdbc.sql("""
                select survey_id, account_id, respondent_name, submitted_at, respondent_key from followup_response
                where survey_id in (:surveys) order by survey_id""")
                .param("surveys", List.of(first.id(), second.id()))
                .query((rs, n) -> new Object[] {rs.getObject("account_id"), rs.getObject("respondent_name"),
                        rs.getObject("submitted_at"), rs.getBytes("respondent_key")})
                .list();
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(java.util.Arrays.copyOf(row, 3)).containsOnlyNulls());
        assertThat((byte[]) rows.get(0)[3]).isNotEqualTo(rows.get(1)[3]).hasSize(32);
        assertThat(responses.hasAnswered(first.id(), submitter)).isTrue();
        assertThat(responses.hasAnswered(first.id(), actors.of(topic.coSigner().id()))).isFalse();
    }

    @Test
    void aSurveyTakesNoAnswersBeforeItOpens() {
        SurveyDraft later = new SurveyDraft("尚未开始的问卷", null, null, true, SurveyAudience.INVITED,
                Instant.now().plus(Duration.ofDays(2)), null, null, null, topic.id());
        Survey survey = surveys.publish(surveys.create(later, List.of(rating()), staff).id(), staff);

        assertThatThrownBy(() -> responses.answer(survey.id(), List.of(Answer.rating(survey.questions().getFirst().id(), 4)),
                actors.of(topic.submitter().id())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("followup.answer.not-open");
                });
    }

    private SurveyDraft draft(Long consultationId, Long recommendationId, boolean anonymous) {
        return new SurveyDraft("模块测试问卷", null, null, anonymous, SurveyAudience.INVITED, null, null, recommendationId,
                consultationId, consultationId == null && recommendationId == null ? topic.id() : null);
    }

    private static QuestionDraft rating() {
        return new QuestionDraft(QuestionKind.RATING, "请打分", true, null);
    }
}
