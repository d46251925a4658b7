package org.gongshang.followup;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The results of a questionnaire: per question the counts and shares of each choice, the average
 * and distribution of ratings, the texts. Computed from the responses, so they are always current.
 *
 * Online answers and those entered from paper questionnaires are counted together, or one channel
 * apart; the counts of both channels are always given.
 *
 * @param channel the channel the questions' results are of; null for both together
 * @param responses how many people answered (in that channel)
 * @param online how many answered online, whatever the channel shown
 * @param paper how many answers were entered from paper, whatever the channel shown
 */
public record SurveyResults(long surveyId, String title, boolean anonymous, @Nullable ResponseChannel channel, int responses,
        int online, int paper, List<QuestionResult> questions) {

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    /** Both channels together. */
    public static SurveyResults of(Survey survey, List<SurveyResponse> responses) {
        return of(survey, responses, null);
    }

    /** The results of one channel's responses (all when null), with the counts of both. */
    public static SurveyResults of(Survey survey, List<SurveyResponse> all, @Nullable ResponseChannel channel) {
        int paper = (int) all.stream().filter(r -> r.channel() == ResponseChannel.PAPER).count();
        List<SurveyResponse> responses = channel == null ? all : all.stream().filter(r -> r.channel() == channel).toList();
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : survey.questions()) {
            List<Answer> answers = responses.stream().flatMap(r -> r.answerTo(question.id()).stream()).toList();
            int answered = answers.size();
            List<QuestionResult.ChoiceCount> choices = question.choices().stream().map(choice -> {
                int count = (int) answers.stream().filter(a -> a.chosen().contains(choice.id())).count();
                return new QuestionResult.ChoiceCount(choice.id(), choice.text(), count, percent(count, answered));
            }).toList();
            List<QuestionResult.RatingCount> ratings = new ArrayList<>();
            Double average = null;
            if (question.kind() == QuestionKind.RATING) {
                for (int value = 1; value <= 5; value++) {
                    int rating = value;
                    int count = (int) answers.stream().filter(a -> a.rating() != null && a.rating() == rating).count();
                    ratings.add(new QuestionResult.RatingCount(value, count, percent(count, answered)));
                }
                if (answered > 0) {
                    double sum = answers.stream().mapToInt(a -> a.rating() == null ? 0 : a.rating()).sum();
                    average = Math.round(sum * 100.0 / answered) / 100.0;
                }
            }
            List<String> texts = answers.stream().map(Answer::text).filter(t -> t != null && !t.isBlank()).toList();
            results.add(new QuestionResult(question.id(), question.position(), question.kind(), question.text(),
                    question.required(), answered, choices, average, ratings, texts));
        }
        return new SurveyResults(survey.id(), survey.title(), survey.anonymous(), channel, responses.size(), all.size() - paper,
                paper, results);
    }

    /** A share in percent with one decimal; 0 of nothing. */
    static double percent(int count, int total) {
        return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
    }
}
