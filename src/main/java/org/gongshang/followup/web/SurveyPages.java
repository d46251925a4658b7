package org.gongshang.followup.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.followup.Answer;
import org.gongshang.followup.AnswerSheet;
import org.gongshang.followup.Question;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyResponses;
import org.gongshang.followup.SurveySummary;
import org.gongshang.followup.Surveys;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Surveys for the people who answer them, mostly on a phone in WeChat: the list of surveys they are
 * asked to answer (and, for staff, their region's), and the answer page opened from the link, the QR
 * code or the notification — with its thank-you, already-answered, not-yet-open and closed states.
 */
@Controller
class SurveyPages {

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final Actors actors;
    private final Messages messages;
    private final Clock clock;

    SurveyPages(Surveys surveys, SurveyResponses responses, Actors actors, Messages messages, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    /** A survey in a respondent's list, with whether they answered it. */
    record Mine(SurveySummary survey, boolean answered) {
    }

    @GetMapping("/surveys")
    String list(Model model) {
        Actor actor = actors.require();
        List<Mine> mine = surveys.forRespondent(actor).stream()
                .map(s -> new Mine(s, responses.hasAnswered(s.id(), actor))).toList();
        model.addAttribute("mine", mine);
        boolean staff = surveys.mayCreate(actor);
        model.addAttribute("staff", staff);
        model.addAttribute("managed", staff ? surveys.managedList(actor, null, 0, 100) : List.of());
        model.addAttribute("now", clock.instant());
        return "followup/surveys";
    }

    @GetMapping("/surveys/{id:\\d+}")
    String answerPage(@PathVariable long id, Model model) {
        AnswerSheet sheet = responses.sheet(id, actors.require());
        return page(sheet, new LinkedMultiValueMap<>(), FormErrors.NONE, model);
    }

    /** The answers of the form: {@code q<id>} holds the chosen choice ids, the rating or the text. */
    @PostMapping("/surveys/{id:\\d+}")
    String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            responses.answer(id, answers(responses.sheet(id, actor).survey(), form), actor);
        } catch (DomainException problem) {
            if (problem.kind() != DomainException.Kind.INVALID && problem.kind() != DomainException.Kind.CONFLICT) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return page(responses.sheet(id, actor), form, FormErrors.of(problem, messages), model);
        }
        redirect.addFlashAttribute("thanked", true);
        return "redirect:/surveys/" + id;
    }

    private String page(AnswerSheet sheet, MultiValueMap<String, String> given, FormErrors errors, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("survey", sheet.survey());
        model.addAttribute("given", given.toSingleValueMap().isEmpty() ? Map.of() : given);
        model.addAttribute("errors", errors);
        model.addAttribute("link", surveys.link(sheet.survey().id()));
        return "followup/survey-answer";
    }

    /** Reads the form's fields by question; a value that is not a number becomes an id no choice has. */
    static List<Answer> answers(Survey survey, MultiValueMap<String, String> form) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : survey.questions()) {
            List<String> values = form.getOrDefault(Survey.field(question.id()), List.of());
            if (values.isEmpty()) {
                continue;
            }
            switch (question.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> answers.add(Answer.choices(question.id(),
                        values.stream().filter(v -> !v.isBlank()).map(SurveyPages::number).toList()));
                case RATING -> {
                    if (!values.getFirst().isBlank()) {
                        answers.add(Answer.rating(question.id(), (int) Math.clamp(number(values.getFirst()), -1, 99)));
                    }
                }
                case FREE_TEXT -> answers.add(Answer.text(question.id(), values.getFirst()));
            }
        }
        return answers;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
