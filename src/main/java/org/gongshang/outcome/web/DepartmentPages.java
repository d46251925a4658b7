package org.gongshang.outcome.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Handling;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.RecommendationDetails;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.SatisfactionRatings;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Forms;
import org.gongshang.shared.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The departments' pages (承办单位): the work queue of what their departments lead or co-handle,
 * and a recommendation's handling page — sign for it or return it, report progress with
 * attachments, ask for more time, reply with a grade; co-handlers send their opinion.
 */
@Controller("outcomeDepartmentPages")
class DepartmentPages {

    private final Recommendations recommendations;
    private final Handling handling;
    private final OutcomeProperties properties;
    private final Actors actors;
    private final Messages messages;
    private final SatisfactionRatings ratings;
    private final OutcomeLabels labels;

    DepartmentPages(Recommendations recommendations, Handling handling, OutcomeProperties properties, Actors actors,
            Messages messages, SatisfactionRatings ratings, OutcomeLabels labels) {
        this.ratings = ratings;
        this.labels = labels;
        this.recommendations = recommendations;
        this.handling = handling;
        this.properties = properties;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/recommendations/queue")
    String queue(Model model) {
        Actor actor = actors.current().orElse(null);
        if (actor == null) {
            return "redirect:/login";
        }
        if (!actor.has(Role.DEPARTMENT)) {
            throw DomainException.forbidden("outcome.department-only");
        }
        List<RecommendationView> mine = recommendations.list(new RecommendationQuery(RecommendationQuery.Scope.DEPARTMENT, null, null,
                null, null, false, 0, 200), actor).items();
        model.addAttribute("toSign", mine.stream().filter(r -> r.status().name().equals("TRANSFERRED")).toList());
        model.addAttribute("inHand", mine.stream().filter(r -> r.status().acceptsProgress()).toList());
        model.addAttribute("replied", mine.stream().filter(r -> r.status().name().equals("REPLIED")).toList());
        model.addAttribute("done", mine.stream().filter(r -> r.status().name().equals("RATED") || r.status().name().equals("CLOSED")
                || r.status().name().equals("DISPUTED")).toList());
        model.addAttribute("organizations", List.copyOf(org.gongshang.outcome.Handler.of(actor).organizationIds()));
        return "outcome/queue";
    }

    @GetMapping("/recommendations/{id:\\d+}/handling")
    String page(@PathVariable long id, Model model) {
        return page(id, null, FormErrors.NONE, Map.of(), model);
    }

    /** The reply as it would go out, with the grade in words. */
    record ReplyPreview(String grade, String gradeLabel, String text) {
    }

    /** A reply before it is confirmed. */
    record ReplyForm(@Nullable String grade, @Nullable String text) {
    }

    /**
     * An official reply cannot be taken back, and opens the rating: the department sees it as it will
     * go out, checked, and confirms it (the confirmation carries {@code confirmed} and goes to {@link #act}).
     */
    @PostMapping(path = "/recommendations/{id:\\d+}/handling/reply", params = "!confirmed")
    String previewReply(@PathVariable long id, @ModelAttribute("replyForm") ReplyForm form, BindingResult binding, Model model) {
        Actor actor = actors.require();
        Map<String, String> values = Map.of("grade", form.grade() == null ? "" : form.grade(), "text", form.text() == null ? "" : form.text());
        return Forms.submit(binding, () -> handling.checkReply(id, form.grade(), form.text(), actor))
                .map(grade -> {
                    model.addAttribute("preview", new ReplyPreview(grade.code(), labels.grade(grade.code()),
                            form.text() == null ? "" : form.text().strip()));
                    return page(id, "reply", FormErrors.NONE, values, model);
                })
                .orElseGet(() -> page(id, "reply", FormErrors.of(binding, messages), values, model));
    }

    @PostMapping("/recommendations/{id:\\d+}/handling/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            switch (action) {
                case "accept" -> handling.accept(id, actor);
                case "dispute" -> handling.dispute(id, form.getFirst("reason"), actor);
                case "progress" -> handling.reportProgress(id, form.getFirst("text"),
                        StaffPages.integer(form.getFirst("percent"), "percent"), HandlingApi.uploads(files), actor);
                case "reply" -> handling.reply(id, form.getFirst("grade"), form.getFirst("text"), actor);
                case "opinion" -> handling.giveOpinion(id, form.getFirst("text"), actor);
                case "extension" -> handling.requestExtension(id, StaffPages.integer(form.getFirst("workingDays"), "workingDays"),
                        form.getFirst("reason"), actor);
                default -> throw DomainException.notFound("problem.title.404");
            }
            redirect.addFlashAttribute("noticeKey", "outcome.notice." + action);
            // Sent: drafts.js forgets the text it kept in the browser for this form (progress, reply).
            redirect.addFlashAttribute("draftDone", "outcome-" + action + "-" + id);
            return "redirect:/recommendations/" + id + "/handling";
        } catch (DomainException problem) {
            StaffPages.rethrowAccessProblems(problem);
            response.setStatus(problem.kind().status());
            return page(id, action, FormErrors.of(problem, messages), form.toSingleValueMap(), model);
        }
    }

    private String page(long id, @Nullable String failed, FormErrors errors, Map<String, String> values, Model model) {
        Actor actor = actors.require();
        RecommendationDetails details = recommendations.details(id, actor);
        if (!details.capabilities().lead() && !details.capabilities().coHandler()) {
            throw DomainException.forbidden("outcome.department-only");
        }
        model.addAttribute("d", details);
        model.addAttribute("r", details.recommendation());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        // Handling again: what the unsatisfied said about the reply before (its round is the one just ended).
        model.addAttribute("reasons", details.recommendation().status() == RecommendationStatus.REHANDLING
                ? ratings.unsatisfiedReasons(id, details.recommendation().rehandlingRounds()) : List.of());
        model.addAttribute("maxMoreDays", Math.max(0, properties.maxWorkingDays()
                - (details.recommendation().workingDays() == null ? 0 : details.recommendation().workingDays())));
        return "outcome/handling";
    }
}
