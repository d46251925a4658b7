package org.gongshang.followup.web;

import java.time.Clock;
import java.time.Duration;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.followup.Question;
import org.gongshang.followup.QuestionKind;
import org.gongshang.followup.Survey;
import org.gongshang.followup.SurveyAudience;
import org.gongshang.followup.SurveyResponses;
import org.gongshang.followup.SurveyStatus;
import org.gongshang.followup.Surveys;
import org.gongshang.followup.web.SurveyForms.DetailsForm;
import org.gongshang.followup.web.SurveyForms.QuestionForm;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's survey builder: start a survey, change its details, add, change, move and remove
 * questions (htmx swaps the question list; without JavaScript each is a plain form post), publish it
 * and share it by link and QR code, close it.
 */
@Controller
class SurveyBuilderPages {

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final FollowUpLabels labels;
    private final Actors actors;
    private final Messages messages;
    private final Clock clock;

    SurveyBuilderPages(Surveys surveys, SurveyResponses responses, FollowUpLabels labels, Actors actors, Messages messages,
            Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.labels = labels;
        this.actors = actors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/surveys/new")
    String newSurvey(@RequestParam(required = false) @Nullable Long recommendationId,
            @RequestParam(required = false) @Nullable Long consultationId,
            @RequestParam(required = false) @Nullable Long topicId, Model model) {
        Actor actor = actors.require();
        if (!surveys.mayCreate(actor)) {
            throw DomainException.forbidden("followup.survey.staff-only");
        }
        return newPage(actor, DetailsForm.start(recommendationId, consultationId, topicId), FormErrors.NONE, model);
    }

    @PostMapping("/surveys/new")
    String create(@ModelAttribute DetailsForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        Survey survey;
        try {
            survey = surveys.create(form.draft(), java.util.List.of(), actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return newPage(actor, form, FormErrors.of(problem, messages, SurveyForms.DETAIL_FIELDS), model);
        }
        redirect.addFlashAttribute("noticeKey", "followup.builder.created");
        return "redirect:/surveys/" + survey.id() + "/manage";
    }

    @GetMapping("/surveys/{id:\\d+}/manage")
    String manage(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        Survey survey = surveys.managed(id, actor);
        return builderPage(actor, survey, DetailsForm.of(survey), FormErrors.NONE, QuestionForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/surveys/{id:\\d+}/details")
    String details(@PathVariable long id, @ModelAttribute DetailsForm form, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            surveys.update(id, form.draft(), null, actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return builderPage(actor, surveys.managed(id, actor), form, FormErrors.of(problem, messages, SurveyForms.DETAIL_FIELDS),
                    QuestionForm.empty(), FormErrors.NONE, model);
        }
        redirect.addFlashAttribute("noticeKey", "followup.builder.saved");
        return "redirect:/surveys/" + id + "/manage";
    }

    /** Adds a question; with htmx the page comes back with status 200 even with problems, since htmx swaps only successes. */
    @PostMapping("/surveys/{id:\\d+}/questions")
    String addQuestion(@PathVariable long id, @ModelAttribute QuestionForm form, HtmxRequest htmx,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            surveys.addQuestion(id, form.draft(), actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(htmx.isHtmxRequest() ? 200 : problem.kind().status());
            Survey survey = surveys.managed(id, actor);
            return builderPage(actor, survey, DetailsForm.of(survey), FormErrors.NONE, form,
                    FormErrors.of(problem, messages, SurveyForms.QUESTION_FIELDS), model);
        }
        redirect.addFlashAttribute("noticeKey", "followup.builder.question-added");
        return "redirect:/surveys/" + id + "/manage#questions";
    }

    @PostMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}")
    String changeQuestion(@PathVariable long id, @PathVariable long questionId, @ModelAttribute QuestionForm form,
            RedirectAttributes redirect) {
        return act(id, redirect, "followup.builder.question-changed",
                () -> surveys.changeQuestion(id, questionId, form.draft(), actors.require()));
    }

    @PostMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}/move")
    String moveQuestion(@PathVariable long id, @PathVariable long questionId, @RequestParam(defaultValue = "down") String direction,
            RedirectAttributes redirect) {
        return act(id, redirect, "followup.builder.question-moved",
                () -> surveys.moveQuestion(id, questionId, "up".equals(direction) ? -1 : 1, actors.require()));
    }

    @PostMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}/remove")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return act(id, redirect, "followup.builder.question-removed", () -> surveys.removeQuestion(id, questionId, actors.require()));
    }

    @PostMapping("/surveys/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "followup.builder.published", () -> surveys.publish(id, actors.require()));
    }

    @PostMapping("/surveys/{id:\\d+}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "followup.builder.closed", () -> surveys.close(id, actors.require()));
    }

    /** The QR code of the survey's link, for a notice board or a phone screen. */
    @GetMapping(path = "/surveys/{id:\\d+}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(surveys.qrCode(id, actors.require()));
    }

    /** An act without a form: its notice, or the refusal's message, after a redirect to the builder. */
    private String act(long id, RedirectAttributes redirect, String noticeKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("noticeKey", noticeKey);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            redirect.addFlashAttribute("errorText", String.join(" ", FormErrors.of(problem, messages).all()));
        }
        return "redirect:/surveys/" + id + "/manage#questions";
    }

    /** Denials and unknown surveys go to the error page; problems of the input are shown at the form. */
    private static void rethrowUnlessInput(DomainException problem) {
        if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND
                || problem.kind() == DomainException.Kind.UNAUTHENTICATED) {
            throw problem;
        }
    }

    private String newPage(Actor actor, DetailsForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(actor, model);
        return "followup/survey-new";
    }

    private String builderPage(Actor actor, Survey survey, DetailsForm form, FormErrors errors, QuestionForm question,
            FormErrors questionErrors, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("question", question);
        model.addAttribute("edits", survey.questions().stream()
                .collect(java.util.stream.Collectors.toMap(Question::id, QuestionForm::of)));
        model.addAttribute("questionErrors", questionErrors);
        model.addAttribute("draft", survey.status() == SurveyStatus.DRAFT);
        model.addAttribute("link", surveys.link(survey.id()));
        model.addAttribute("invited", surveys.invited(survey.id()));
        model.addAttribute("responses", responses.count(survey.id()));
        model.addAttribute("availability", survey.availability(clock.instant()));
        addChoices(actor, model);
        return "followup/survey-builder";
    }

    private void addChoices(Actor actor, Model model) {
        model.addAttribute("regions", labels.regionOptions(actor, Role.STAFF));
        model.addAttribute("audiences", SurveyAudience.values());
        model.addAttribute("kinds", QuestionKind.values());
    }
}
