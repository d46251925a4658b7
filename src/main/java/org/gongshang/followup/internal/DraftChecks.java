package org.gongshang.followup.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.followup.FollowUpProperties;
import org.gongshang.followup.QuestionDraft;
import org.gongshang.followup.SurveyAudience;
import org.gongshang.followup.SurveyDraft;
import org.gongshang.identity.Actor;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.gongshang.topic.TopicView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks what staff enter for a questionnaire — its details and its questions — and says every problem at its field. */
@Component
public class DraftChecks {

    public static final int MAX_TITLE = 120;
    public static final int MAX_INTRO = 2000;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_CHOICE = 100;

    private final Links links;
    private final Regions regions;
    private final FollowUpProperties properties;

    DraftChecks(Links links, Regions regions, FollowUpProperties properties) {
        this.links = links;
        this.regions = regions;
        this.properties = properties;
    }

    /**
     * The details as stored. The region, when not given, is that of the recommendation, else the
     * consultation, else the topic.
     *
     * @return the details, or null when there are problems (added to {@code problems})
     */
    public SurveyStore.@Nullable Details details(SurveyDraft draft, Actor actor, List<FieldProblem> problems) {
        int before = problems.size();
        String title = Text.blankToNull(draft.title());
        if (title == null || title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "followup.survey.title-invalid", MAX_TITLE));
        }
        String intro = Text.blankToNull(draft.intro());
        if (intro != null && intro.length() > MAX_INTRO) {
            problems.add(new FieldProblem("intro", "followup.survey.intro-too-long", MAX_INTRO));
        }
        if (draft.opensAt() != null && draft.closesAt() != null && !draft.closesAt().isAfter(draft.opensAt())) {
            problems.add(new FieldProblem("closesAt", "followup.survey.closes-before-opens"));
        }
        String region = Text.blankToNull(draft.regionCode());
        RecommendationView recommendation = draft.recommendationId() == null ? null
                : links.recommendation(draft.recommendationId(), actor, "recommendationId", problems);
        Consultation consultation = draft.consultationId() == null ? null
                : links.consultation(draft.consultationId(), actor, "consultationId", problems);
        TopicView topic = draft.topicId() == null ? null : links.topic(draft.topicId(), actor, "topicId", problems);
        if (region == null) {
            region = recommendation != null ? recommendation.regionCode()
                    : consultation != null ? consultation.regionCode() : topic != null ? topic.regionCode() : null;
        }
        if (region == null || regions.find(region).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "followup.region.invalid"));
        }
        SurveyAudience audience = draft.audience() == null ? SurveyAudience.INVITED : draft.audience();
        if (audience == SurveyAudience.INVITED && draft.recommendationId() == null && draft.consultationId() == null
                && draft.topicId() == null) {
            problems.add(new FieldProblem("audience", "followup.survey.nobody-invited"));
        }
        if (problems.size() > before) {
            return null;
        }
        // Anonymous unless said otherwise: people answer more freely about their own neighbourhood.
        boolean anonymous = draft.anonymous() == null || draft.anonymous();
        return new SurveyStore.Details(title, intro == null ? "" : intro, region, anonymous, audience, draft.opensAt(),
                draft.closesAt(), draft.recommendationId(), draft.consultationId(), draft.topicId());
    }

    /**
     * The question's choices as stored: trimmed, blank ones dropped; none for ratings and free text.
     *
     * @param prefix put before the field names, e.g. {@code questions[2].} for the third of a list
     */
    public List<String> question(QuestionDraft question, String prefix, List<FieldProblem> problems) {
        if (question.kind() == null) {
            problems.add(new FieldProblem(prefix + "kind", "followup.question.kind-required"));
        }
        String text = Text.blankToNull(question.text());
        if (text == null || text.length() > MAX_QUESTION) {
            problems.add(new FieldProblem(prefix + "text", "followup.question.text-invalid", MAX_QUESTION));
        }
        if (question.kind() == null || !question.kind().hasChoices()) {
            return List.of();
        }
        Set<String> choices = new LinkedHashSet<>();
        boolean tooLong = false;
        boolean repeated = false;
        for (String choice : question.choices() == null ? List.<String>of() : question.choices()) {
            String clean = Text.blankToNull(choice);
            if (clean != null) {
                tooLong |= clean.length() > MAX_CHOICE;
                repeated |= !choices.add(clean);
            }
        }
        if (choices.size() < 2 || choices.size() > properties.maxChoices()) {
            problems.add(new FieldProblem(prefix + "choices", "followup.question.choices-count", properties.maxChoices()));
        } else if (tooLong) {
            problems.add(new FieldProblem(prefix + "choices", "followup.question.choice-too-long", MAX_CHOICE));
        } else if (repeated) {
            problems.add(new FieldProblem(prefix + "choices", "followup.question.choice-repeated"));
        }
        return List.copyOf(choices);
    }

    /** The question with its text trimmed, for storing. */
    public static QuestionDraft cleaned(QuestionDraft question) {
        return new QuestionDraft(question.kind(), Text.blankToNull(question.text()), question.required(), question.choices());
    }

    /** @throws DomainException INVALID when a survey would have more questions than allowed */
    public void requireRoomFor(int questions) {
        if (questions > properties.maxQuestions()) {
            throw DomainException.invalidField("questions", "followup.survey.too-many-questions", properties.maxQuestions());
        }
    }

    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }
}
