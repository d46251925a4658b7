package org.gongshang.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire (问卷): its details, its questions in order, and the rules of answering it. Answers
 * are checked here, against the questions, so that the API and the pages refuse the same things.
 * Problems of answers name the field {@code q<questionId>}.
 */
public record Survey(long id, String title, String intro, String regionCode, boolean anonymous, SurveyAudience audience,
        SurveyStatus status, @Nullable Instant opensAt, @Nullable Instant closesAt, @Nullable Long recommendationId,
        @Nullable Long consultationId, @Nullable Long topicId, long createdBy, Instant createdAt,
        @Nullable Instant publishedAt, @Nullable Instant closedAt, List<Question> questions) {

    /** Longest free-text answer, in characters. */
    public static final int MAX_ANSWER_TEXT = 2000;

    public Survey {
        questions = List.copyOf(questions);
    }

    /** The form field (and API field) of a question's answer. */
    public static String field(long questionId) {
        return "q" + questionId;
    }

    public Availability availability(Instant now) {
        return Availability.at(status, opensAt, closesAt, now);
    }

    /** @throws DomainException CONFLICT once published: what people answered must keep its questions */
    public void requireDraft() {
        if (status != SurveyStatus.DRAFT) {
            throw DomainException.conflict("followup.survey.not-draft");
        }
    }

    /**
     * The published survey.
     *
     * @throws DomainException CONFLICT unless a draft, INVALID without questions, with a choice
     *     question of fewer than two choices, or with a closing time already past
     */
    public Survey publish(Instant now) {
        requireDraft();
        List<FieldProblem> problems = new ArrayList<>();
        if (questions.isEmpty()) {
            problems.add(new FieldProblem("questions", "followup.survey.no-questions"));
        }
        for (Question question : questions) {
            if (question.kind().hasChoices() && question.choices().size() < 2) {
                problems.add(new FieldProblem("questions", "followup.question.too-few-choices", question.position()));
            }
        }
        if (closesAt != null && !closesAt.isAfter(now)) {
            problems.add(new FieldProblem("closesAt", "followup.survey.closes-past"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return moveTo(SurveyStatus.PUBLISHED, now);
    }

    /** @throws DomainException CONFLICT unless published */
    public Survey close(Instant now) {
        if (!status.mayMoveTo(SurveyStatus.CLOSED)) {
            throw DomainException.conflict("followup.survey.not-published");
        }
        return moveTo(SurveyStatus.CLOSED, now);
    }

    /**
     * The answers as they will be kept: one per answered question, in the questions' order, blank
     * ones left out.
     *
     * @throws DomainException INVALID with a problem per question: a required one unanswered, a
     *     choice not of its question, two choices where one is asked, a rating outside 1–5, a text too
     *     long, an answer to a question the survey does not have
     */
    public List<Answer> check(List<Answer> answers) {
        if (answers.size() > questions.size()) {
            // More answers than questions cannot be right; checking each of a flood would only cost time.
            throw DomainException.invalidField("answers", "followup.answer.too-many", questions.size());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Answer> byQuestion = new HashMap<>();
        Set<Long> known = new HashSet<>();
        questions.forEach(question -> known.add(question.id()));
        for (Answer answer : answers) {
            if (!known.contains(answer.questionId())) {
                problems.add(new FieldProblem(field(answer.questionId()), "followup.answer.unknown-question"));
            } else if (byQuestion.putIfAbsent(answer.questionId(), answer) != null) {
                problems.add(new FieldProblem(field(answer.questionId()), "followup.answer.twice"));
            }
        }
        List<Answer> kept = new ArrayList<>();
        for (Question question : questions) {
            Answer given = byQuestion.get(question.id());
            Answer clean = given == null ? null : checked(question, given, problems);
            if (clean != null) {
                kept.add(clean);
            } else if (question.required() && problems.stream().noneMatch(p -> p.field().equals(field(question.id())))) {
                problems.add(new FieldProblem(field(question.id()), "followup.answer.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return kept;
    }

    /** The answer as kept, null when it says nothing (blank text, no choice); adds what is wrong with it. */
    private static @Nullable Answer checked(Question question, Answer answer, List<FieldProblem> problems) {
        String field = field(question.id());
        return switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<Long> chosen = answer.chosen().stream().distinct().toList();
                if (chosen.isEmpty()) {
                    yield null;
                }
                if (!chosen.stream().allMatch(question::hasChoice)) {
                    problems.add(new FieldProblem(field, "followup.answer.choice-unknown"));
                    yield null;
                }
                if (question.kind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                    problems.add(new FieldProblem(field, "followup.answer.one-choice"));
                    yield null;
                }
                // In the order of the question, whatever order they came in.
                List<Long> ordered = question.choices().stream().map(Choice::id).filter(chosen::contains).toList();
                yield Answer.choices(question.id(), ordered);
            }
            case RATING -> {
                if (answer.rating() == null) {
                    yield null;
                }
                if (answer.rating() < 1 || answer.rating() > 5) {
                    problems.add(new FieldProblem(field, "followup.answer.rating-range"));
                    yield null;
                }
                yield Answer.rating(question.id(), answer.rating());
            }
            case FREE_TEXT -> {
                String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
                if (text == null) {
                    yield null;
                }
                if (text.length() > MAX_ANSWER_TEXT) {
                    problems.add(new FieldProblem(field, "followup.answer.text-too-long", MAX_ANSWER_TEXT));
                    yield null;
                }
                yield Answer.text(question.id(), text);
            }
        };
    }

    private Survey moveTo(SurveyStatus target, Instant at) {
        return new Survey(id, title, intro, regionCode, anonymous, audience, target, opensAt, closesAt, recommendationId,
                consultationId, topicId, createdBy, createdAt, target == SurveyStatus.PUBLISHED ? at : publishedAt,
                target == SurveyStatus.CLOSED ? at : closedAt, questions);
    }
}
