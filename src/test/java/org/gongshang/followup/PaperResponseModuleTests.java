package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Paper questionnaires entered by staff over the embedded PostgreSQL: what is kept, the audit record, the refusals. */
@GongshangTest
class PaperResponseModuleTests {

    @Autowired
    Surveys surveys;

    @Autowired
    PaperResponses paper;

    @Autowired
    SurveyResponses responses;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    People people;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    Actor staff;
    SupportedTopic topic;

    @BeforeEach
    void setUp() {
        staff = fixtures.actor(fixtures.districtStaff());
        topic = fixtures.supportedTopic();
    }

    @Test
    void aPaperSheetIsKeptAsEnteredByStaffWithoutAnAccountAndAudited() {
        Survey survey = published(true, null);
        LocalDate filled = LocalDate.now().minusDays(3);
        SurveyResponse entered = paper.enter(survey.id(), new PaperSheet(null, "FH-1", filled), rating(survey, 4), staff);

        Map<String, Object> row = jdbc.sql("select * from followup_response where id = :id").param("id", entered.id())
                .query().singleRow();
        assertThat(row).containsEntry("channel", "PAPER").containsEntry("entered_by", staff.accountId())
                .containsEntry("sheet_number", "FH-1").containsEntry("account_id", null).containsEntry("respondent_name", null)
                .containsEntry("submitted_at", null);
        assertThat(row.get("entered_at")).isNotNull();
        assertThat(row.get("submitted_on").toString()).isEqualTo(filled.toString());
        Map<String, Object> audit = jdbc.sql("""
                select actor_id, details->>'sheet' as sheet, details->>'response' as response from audit_entry
                where action = 'followup.paper-entered' and subject_id = :survey""")
                .param("survey", String.valueOf(survey.id())).query().singleRow();
        assertThat(audit).containsEntry("actor_id", staff.accountId()).containsEntry("sheet", "FH-1")
                .containsEntry("response", entered.id().toString());

        SurveyResults results = responses.results(survey.id(), staff, ResponseChannel.PAPER);
        assertThat(results.paper()).isEqualTo(1);
        assertThat(results.questions().getFirst().ratingAverage()).isEqualTo(4.0);
        assertThat(responses.responses(survey.id(), staff).getFirst().paper()).isNotNull()
                .satisfies(p -> assertThat(p.enteredBy()).isEqualTo(staff.accountId()));
    }

    @Test
    void theSameSheetNumberIsEnteredOnceAndSheetsWithoutNumberAsOftenAsThereAreSheets() {
        Survey survey = published(true, null);
        paper.enter(survey.id(), new PaperSheet(null, "7", null), rating(survey, 5), staff);
        assertRefused(() -> paper.enter(survey.id(), new PaperSheet(null, "7", null), rating(survey, 3), staff),
                DomainException.Kind.CONFLICT, "followup.paper.sheet-twice");
        paper.enter(survey.id(), new PaperSheet(null, null, null), rating(survey, 2), staff);
        paper.enter(survey.id(), new PaperSheet(null, null, null), rating(survey, 2), staff);
        assertThat(paper.count(survey.id())).isEqualTo(3);
    }

    @Test
    void aRealNameSheetKeepsTheNameWrittenOnIt() {
        Survey survey = published(false, null);
        SurveyResponse entered = paper.enter(survey.id(), new PaperSheet("王芳", null, null), rating(survey, 3), staff);
        assertThat(responses.responses(survey.id(), staff)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(entered.id());
            assertThat(r.respondentName()).isEqualTo("王芳");
            assertThat(r.accountId()).isNull();
            assertThat(r.isAnonymous()).isFalse();
        });
    }

    @Test
    void sheetsComeInAfterClosingButNotBeforeOpening() {
        Survey closed = surveys.close(published(true, null).id(), staff);
        paper.enter(closed.id(), new PaperSheet(null, null, null), rating(closed, 4), staff);
        Survey later = published(true, Instant.now().plus(Duration.ofDays(2)));
        assertRefused(() -> paper.enter(later.id(), new PaperSheet(null, null, null), rating(later, 4), staff),
                DomainException.Kind.CONFLICT, "followup.paper.not-open");
    }

    @Test
    void onlyStaffOfTheSurveysRegionEnterPaperSheets() {
        Survey survey = published(true, null);
        Actor invited = actors.of(topic.submitter().id());
        assertRefused(() -> paper.enter(survey.id(), new PaperSheet(null, null, null), rating(survey, 4), invited),
                DomainException.Kind.FORBIDDEN, "followup.survey.staff-only");
        for (Actor outsider : List.of(actors.of(people.resident().id()), fixtures.actor(fixtures.otherDistrictStaff()),
                fixtures.actor(people.withRole(Role.MEMBER, "通川区政协")))) {
            assertRefused(() -> paper.enter(survey.id(), new PaperSheet(null, null, null), rating(survey, 4), outsider),
                    DomainException.Kind.NOT_FOUND, "followup.survey.unknown");
        }
        assertThat(paper.count(survey.id())).isZero();
    }

    private Survey published(boolean anonymous, Instant opensAt) {
        SurveyDraft draft = new SurveyDraft("纸质问卷模块测试", null, null, anonymous, SurveyAudience.INVITED, opensAt, null,
                null, null, topic.id());
        return surveys.publish(surveys.create(draft, List.of(new QuestionDraft(QuestionKind.RATING, "请打分", true, null)),
                staff).id(), staff);
    }

    private static List<Answer> rating(Survey survey, int rating) {
        return List.of(Answer.rating(survey.questions().getFirst().id(), rating));
    }

    private static void assertRefused(Runnable act, DomainException.Kind kind, String key) {
        assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
