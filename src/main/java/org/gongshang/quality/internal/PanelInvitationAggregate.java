package org.gongshang.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongshang.quality.PanelAnswer;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An assessor invited to a consultation's panel (评议小组) and, once answered, their scores. An
 * assessor answers once, every question of the rubric, 1 to 5.
 */
@Table("quality_panel_invitation")
public record PanelInvitationAggregate(@Id @Nullable Long id, long consultationId, long accountId, long invitedBy,
        Instant invitedAt, @Nullable Instant answeredAt,
        @MappedCollection(idColumn = "panel_invitation_id", keyColumn = "position") List<PanelAnswerRow> answers,
        @Version @Nullable Long version) {

    public static final int MAX_COMMENT = 500;

    public PanelInvitationAggregate {
        answers = List.copyOf(answers);
    }

    public static PanelInvitationAggregate invite(long consultationId, long accountId, long invitedBy, Instant at) {
        return new PanelInvitationAggregate(null, consultationId, accountId, invitedBy, at, null, List.of(), null);
    }

    /**
     * The assessor's scores for the rubric's questions, in its order.
     *
     * @param answers by question key
     * @throws DomainException CONFLICT when answered already, INVALID with a problem per question
     */
    public PanelInvitationAggregate answered(List<String> rubric, Map<String, PanelAnswer> answers, Instant at) {
        if (answeredAt != null) {
            throw DomainException.conflict("quality.panel.answered-already");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PanelAnswerRow> rows = new ArrayList<>();
        for (String question : rubric) {
            PanelAnswer answer = answers.get(question);
            Integer score = answer == null ? null : answer.score();
            if (score == null || score < 1 || score > 5) {
                problems.add(new FieldProblem("scores[" + question + "]", "quality.panel.score-range"));
                continue;
            }
            String comment = answer.comment();
            if (comment != null && comment.length() > MAX_COMMENT) {
                problems.add(new FieldProblem("comments[" + question + "]", "quality.panel.comment-too-long", MAX_COMMENT));
                continue;
            }
            rows.add(new PanelAnswerRow(question, score, comment));
        }
        if (answers.keySet().stream().anyMatch(question -> !rubric.contains(question))) {
            problems.add(new FieldProblem("scores", "quality.panel.unknown-question"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new PanelInvitationAggregate(id, consultationId, accountId, invitedBy, invitedAt, at, rows, version);
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public List<Integer> scores() {
        return answers.stream().map(PanelAnswerRow::score).toList();
    }
}
