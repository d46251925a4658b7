package org.gongshang.followup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.followup.Answer;
import org.gongshang.followup.FollowUpKind;
import org.gongshang.followup.FollowUps;
import org.gongshang.followup.NewFollowUp;
import org.gongshang.followup.PaperResponses;
import org.gongshang.followup.PaperSheet;
import org.gongshang.followup.Question;
import org.gongshang.followup.QuestionDraft;
import org.gongshang.followup.QuestionKind;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyAudience;
import org.gongshang.followup.SurveyDraft;
import org.gongshang.followup.SurveyResponses;
import org.gongshang.followup.Surveys;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Recommendations;
import org.gongshang.shared.Zones;
import org.gongshang.shared.demo.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Follow-up of the concluded demo consultation on the school gate (学校门口接送秩序): a published,
 * anonymous satisfaction survey with a dozen answers — the demo member's online, the others paper
 * questionnaires of neighbours without a phone, entered by staff — and an unannounced visit and a return visit. They
 * link to the consultation's first recommendation when the outcome module's demo data has one, and
 * to the consultation otherwise. The demo resident (李明) is invited and has not answered yet.
 */
@Component
class DemoFollowUps implements DemoSeeder {

    private static final String CONSULTATION = "学校门口接送秩序怎么管";

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final FollowUps followUps;
    private final PaperResponses paper;
    private final Consultations consultations;
    private final Recommendations recommendations;
    private final Accounts accounts;
    private final Actors actors;
    private final Clock clock;

    DemoFollowUps(Surveys surveys, SurveyResponses responses, FollowUps followUps, PaperResponses paper,
            Consultations consultations, Recommendations recommendations, Accounts accounts,
            Actors actors, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.followUps = followUps;
        this.paper = paper;
        this.consultations = consultations;
        this.recommendations = recommendations;
        this.accounts = accounts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.FOLLOW_UPS;
    }

    @Override
    public void seed() {
        Consultation consultation = consultations.list(Consultations.Scope.PUBLIC, ConsultationStatus.CONCLUDED, null, null, 0, 100)
                .stream().filter(c -> c.title().equals(CONSULTATION)).findFirst().orElse(null);
        if (consultation == null) {
            return;
        }
        Long recommendation = recommendations.ofConsultation(consultation.id()).stream().map(RecommendationView::id)
                .findFirst().orElse(null);
        Actor staff = actors.of(account("staff-tc"));
        Survey survey = survey(consultation, recommendation, staff);
        answers(survey, staff);
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        List<Long> linked = recommendation == null ? List.of() : List.of(recommendation);
        Long consultationId = recommendation == null ? consultation.id() : null;
        followUps.record(new NewFollowUp(FollowUpKind.UNANNOUNCED_VISIT, null, today.minusDays(6), "凤凰山小学门口",
                "放学时段（17:00–17:40）现场查看：学校东侧已划设 12 个临时接送车位并有标识，交警和志愿者在岗引导。"
                        + "仍有 3 辆车停在人行道上，西侧路口家长聚集，学生过马路需等待较久。建议在西侧增设护学岗。",
                linked, consultationId, null, null, List.of(), List.of()), List.of(), staff);
        followUps.record(new NewFollowUp(FollowUpKind.RETURN_VISIT, null, today.minusDays(2), "凤凰山社区议事厅",
                "与家长代表、学校和社区座谈回访。家长认可错峰放学和临时车位的效果，希望雨天延长车位使用时间；"
                        + "学校表示将调整低年级放学时间；社区将组织家长志愿者轮流值守西侧路口。",
                linked, consultationId, null, null, List.of(account("member"), account("cadre")), List.of("家长代表王女士")),
                List.of(), staff);
        followUps.record(new NewFollowUp(FollowUpKind.SURVEY, null, today, "线上问卷",
                "向协商参与人和议题提出人、附议人发放满意度问卷，收回答卷见问卷结果。", linked, consultationId, null,
                survey.id(), List.of(), List.of()), List.of(), staff);
    }

    private Survey survey(Consultation consultation, @Nullable Long recommendation, Actor staff) {
        Survey survey = surveys.create(new SurveyDraft("学校门口接送秩序整改满意度调查",
                "前不久的小微协商提出划设临时接送车位、错峰放学等建议。请您谈谈整改以后的感受，问卷匿名，约需 2 分钟。",
                consultation.regionCode(), true, SurveyAudience.INVITED, null, clock.instant().plus(Duration.ofDays(30)),
                recommendation, consultation.id(), null), List.of(
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "您对学校门口接送秩序的整改结果是否满意？", true,
                        List.of("满意", "基本满意", "不满意")),
                new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "目前还存在哪些问题？", false,
                        List.of("车辆占用人行道", "家长聚集堵路", "缺少护学人员", "没有明显问题")),
                new QuestionDraft(QuestionKind.RATING, "请为临时接送车位和错峰放学的效果打分", true, null),
                new QuestionDraft(QuestionKind.FREE_TEXT, "您还有什么意见建议？", false, null)), staff);
        return surveys.publish(survey.id(), staff);
    }

    /**
     * The demo member answers online; eleven neighbours without a phone filled in paper questionnaires
     * at the return visit, which the district's staff enter on their behalf.
     */
    private void answers(Survey survey, Actor staff) {
        List<Question> q = survey.questions();
        responses.answer(survey.id(), List.of(choice(q.get(0), 1), choices(q.get(1), 0), Answer.rating(q.get(2).id(), 4),
                Answer.text(q.get(3).id(), "建议雨天延长临时车位的使用时间。")), actors.of(account("member")));
        int[] satisfaction = {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2};
        int[] ratings = {5, 5, 4, 5, 4, 4, 3, 4, 3, 2, 1};
        String[] texts = {"效果很明显，孩子上学安全多了。", null, "希望西侧路口也安排人值守。", null, null,
                "早高峰还是有点堵。", null, "低年级放学时间可以再错开一些。", null, "人行道上仍有车辆停放，要加强处罚。", null};
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        for (int i = 0; i < satisfaction.length; i++) {
            List<Answer> answers = new ArrayList<>(List.of(choice(q.get(0), satisfaction[i]),
                    i % 3 == 0 ? choices(q.get(1), 3) : choices(q.get(1), 0, i % 2 == 0 ? 1 : 2), Answer.rating(q.get(2).id(), ratings[i])));
            if (texts[i] != null) {
                answers.add(Answer.text(q.get(3).id(), texts[i]));
            }
            paper.enter(survey.id(), new PaperSheet(null, "FH-%03d".formatted(i + 1), today.minusDays(i % 4)), answers, staff);
        }
    }

    private static Answer choice(Question question, int index) {
        return Answer.choices(question.id(), List.of(question.choices().get(index).id()));
    }

    private static Answer choices(Question question, int... indexes) {
        List<Long> ids = new ArrayList<>();
        for (int index : indexes) {
            ids.add(question.choices().get(index).id());
        }
        return Answer.choices(question.id(), ids);
    }

    private long account(String username) {
        return accounts.findByUsername(username).map(AccountView::id)
                .orElseThrow(() -> new IllegalStateException("Demo account missing: " + username));
    }
}
