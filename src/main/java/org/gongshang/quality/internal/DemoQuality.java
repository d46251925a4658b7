package org.gongshang.quality.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.quality.PanelAnswer;
import org.gongshang.quality.PanelAssessments;
import org.gongshang.quality.PanelSummary;
import org.gongshang.quality.QualityProperties;
import org.gongshang.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * The evaluation of the concluded demo consultation on the school gate (学校门口接送秩序), computed from
 * what the other modules' demo data recorded (attendance, speaking, recommendations, the follow-up
 * survey and visits), with a panel of three who have scored the rubric. It stays open, so the demo
 * staff can complete and publish it.
 */
@Component
class DemoQuality implements DemoSeeder {

    private static final String CONSULTATION = "学校门口接送秩序怎么管";
    /** Scores by assessor, in the rubric's order, with a comment on the third question. */
    private static final List<int[]> SCORES = List.of(new int[] {5, 4, 4, 4, 4}, new int[] {4, 4, 5, 4, 3},
            new int[] {5, 3, 4, 4, 4});
    private static final List<String> COMMENTS = List.of("家长和学校都说上了话，意见具体。", "群众代表发言充分，部门当场回应。",
            "建议下次提前把调研材料发给家长代表。");

    private final Consultations consultations;
    private final EvaluationRefresh refresh;
    private final PanelAssessments panel;
    private final Accounts accounts;
    private final Actors actors;
    private final QualityProperties properties;

    DemoQuality(Consultations consultations, EvaluationRefresh refresh, PanelAssessments panel, Accounts accounts,
            Actors actors, QualityProperties properties) {
        this.consultations = consultations;
        this.refresh = refresh;
        this.panel = panel;
        this.accounts = accounts;
        this.actors = actors;
        this.properties = properties;
    }

    /** After follow-up, whose records the evaluation counts (no constant of its own in shared). */
    @Override
    public int order() {
        return DemoSeeder.FOLLOW_UPS + 50;
    }

    @Override
    public void seed() {
        Consultation consultation = consultations.list(Consultations.Scope.PUBLIC, ConsultationStatus.CONCLUDED, null, null, 0, 100)
                .stream().filter(c -> c.title().equals(CONSULTATION)).findFirst().orElse(null);
        if (consultation == null || refresh.refresh(consultation.id()) == null) {
            return;
        }
        Actor staff = actors.of(accounts.findByUsername("staff-tc").orElseThrow().id());
        List<Long> invited = panel.summary(consultation.id(), staff).candidates().stream().limit(SCORES.size())
                .map(PanelSummary.Candidate::accountId).toList();
        List<PanelSummary.Assessor> assessors = panel.invite(consultation.id(), invited, staff);
        for (int i = 0; i < assessors.size(); i++) {
            Map<String, PanelAnswer> answers = new LinkedHashMap<>();
            List<String> rubric = properties.rubric();
            for (int q = 0; q < rubric.size(); q++) {
                answers.put(rubric.get(q), new PanelAnswer(SCORES.get(i)[q % SCORES.get(i).length], q == 2 ? COMMENTS.get(i) : null));
            }
            panel.answer(assessors.get(i).invitationId(), answers, actors.of(assessors.get(i).accountId()));
        }
    }
}
