package org.gongshang.outcome.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.NewRecommendation;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.RecommendationDetails;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.SatisfactionRatings;
import org.gongshang.outcome.Supervision;
import org.gongshang.outcome.Transfer;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages (政协工作人员): the recommendations of their region, entering one or taking a
 * consultation's items over, and a recommendation's page with sign-off, transfer (with the due
 * date previewed as the period is typed), extension decisions, the rating window, closing and
 * supervision. Forms post and redirect back; a refused form is shown again with its problems.
 */
@Controller("outcomeStaffPages")
class StaffPages {

    private final Recommendations recommendations;
    private final SatisfactionRatings ratings;
    private final Supervision supervision;
    private final Consultations consultations;
    private final OutcomeProperties properties;
    private final OutcomeLabels labels;
    private final Actors actors;
    private final Messages messages;

    StaffPages(Recommendations recommendations, SatisfactionRatings ratings, Supervision supervision,
            Consultations consultations, OutcomeProperties properties, OutcomeLabels labels, Actors actors, Messages messages) {
        this.recommendations = recommendations;
        this.ratings = ratings;
        this.supervision = supervision;
        this.consultations = consultations;
        this.properties = properties;
        this.labels = labels;
        this.actors = actors;
        this.messages = messages;
    }

    // ---- the list and entering ------------------------------------------------------------------

    @GetMapping("/recommendations/manage")
    String list(@RequestParam(required = false) @Nullable RecommendationStatus status,
            @RequestParam(required = false) @Nullable String region, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = actors.current().orElse(null);
        if (actor == null) {
            return "redirect:/login";
        }
        requireStaff(actor);
        RecommendationQuery query = new RecommendationQuery(RecommendationQuery.Scope.REGION, region, null, status, null, overdue,
                page, PublicPages.PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", recommendations.list(query, actor));
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("concluded", concluded(actor));
        return "outcome/manage-list";
    }

    @GetMapping("/recommendations/manage/new")
    String newForm(Model model) {
        Actor actor = actors.require();
        requireStaff(actor);
        return form(Map.of(), FormErrors.NONE, actor, model);
    }

    @PostMapping("/recommendations/manage/new")
    String create(@RequestParam Map<String, String> form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            RecommendationView created = recommendations.create(new NewRecommendation(form.get("text"),
                    number(form.get("consultationId")), null, form.get("regionCode"), source(form.get("source")),
                    form.containsKey("isPublic")), actor);
            redirect.addFlashAttribute("noticeKey", "outcome.notice.created");
            return "redirect:/recommendations/" + created.id() + "/manage";
        } catch (DomainException problem) {
            rethrowAccessProblems(problem);
            response.setStatus(problem.kind().status());
            return form(form, FormErrors.of(problem, messages, "text", "regionCode", "consultationId", "source"), actor, model);
        }
    }

    @PostMapping("/recommendations/manage/from-consultation")
    String fromConsultation(@RequestParam long consultationId, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            List<RecommendationView> created = recommendations.fromConsultation(consultationId, actor);
            redirect.addFlashAttribute("noticeKey", "outcome.notice.taken-over");
            redirect.addFlashAttribute("noticeArgs", new Object[] {created.size()});
        } catch (DomainException problem) {
            rethrowAccessProblems(problem);
            redirect.addFlashAttribute("errorKey", problem.messageKey());
            redirect.addFlashAttribute("errorArgs", problem.args());
        }
        return "redirect:/recommendations/manage";
    }

    // ---- one recommendation -----------------------------------------------------------------------

    @GetMapping("/recommendations/{id:\\d+}/manage")
    String detail(@PathVariable long id, Model model) {
        return page(id, null, FormErrors.NONE, Map.of(), model);
    }

    /** The due date of a transfer made today with the period typed so far (htmx, while typing). */
    @HxRequest
    @GetMapping("/recommendations/due-date")
    String dueDate(@RequestParam(required = false) @Nullable String workingDays, Model model) {
        actors.require();
        Integer days = number(workingDays) == null ? null : number(workingDays).intValue();
        model.addAttribute("dueDate", recommendations.dueIfTransferredToday(days));
        return "outcome/manage :: due-date";
    }

    @PostMapping("/recommendations/{id:\\d+}/manage/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            switch (action) {
                case "sign-off" -> recommendations.signOff(id, actor);
                case "transfer" -> recommendations.transfer(id, new Transfer(number(form.getFirst("leadOrganizationId")),
                        form.getOrDefault("coOrganizationIds", List.of()).stream().map(StaffPages::number)
                                .filter(java.util.Objects::nonNull).toList(),
                        integer(form.getFirst("workingDays"), "workingDays")), actor);
                case "extension" -> recommendations.decideExtension(id, "approve".equals(form.getFirst("decision")),
                        form.getFirst("note"), actor);
                case "close-rating" -> ratings.closeWindow(id, actor);
                case "close" -> recommendations.close(id, form.getFirst("note"), actor);
                case "escalate" -> supervision.escalate(id, level(form.getFirst("level")), form.getFirst("note"), actor);
                case "note" -> supervision.addNote(id, form.getFirst("note"), actor);
                default -> throw DomainException.notFound("problem.title.404");
            }
            redirect.addFlashAttribute("noticeKey", "outcome.notice." + action);
            return "redirect:/recommendations/" + id + "/manage";
        } catch (DomainException problem) {
            rethrowAccessProblems(problem);
            response.setStatus(problem.kind().status());
            return page(id, action, FormErrors.of(problem, messages), form.toSingleValueMap(), model);
        }
    }

    private String page(long id, @Nullable String failed, FormErrors errors, Map<String, String> values, Model model) {
        Actor actor = actors.require();
        RecommendationDetails details = recommendations.details(id, actor);
        if (!details.capabilities().manage()) {
            throw DomainException.forbidden("outcome.staff-only");
        }
        model.addAttribute("d", details);
        model.addAttribute("r", details.recommendation());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("departments", recommendations.departments(details.recommendation().regionCode()));
        model.addAttribute("defaultDays", properties.handlingWorkingDays());
        model.addAttribute("defaultDue", recommendations.dueIfTransferredToday(null));
        model.addAttribute("levels", List.of(EscalationLevel.OFFICE, EscalationLevel.LEADER));
        return "outcome/manage";
    }

    private String form(Map<String, String> values, FormErrors errors, Actor actor, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", labels.filterRegions());
        model.addAttribute("sources", Arrays.stream(RecommendationSource.values()).filter(s -> s != RecommendationSource.CONSULTATION).toList());
        model.addAttribute("concluded", concluded(actor));
        return "outcome/new";
    }

    private List<org.gongshang.consultation.Consultation> concluded(Actor actor) {
        return consultations.list(Consultations.Scope.ORGANISER, ConsultationStatus.CONCLUDED, null, actor, 0, 50);
    }

    private void requireStaff(Actor actor) {
        if (!actor.hasAny(Role.STAFF, Role.ADMIN)) {
            throw DomainException.forbidden("outcome.staff-only");
        }
    }

    /** Who may not see or act gets the error page, not the form again. */
    static void rethrowAccessProblems(DomainException problem) {
        if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND
                || problem.kind() == DomainException.Kind.UNAUTHENTICATED) {
            throw problem;
        }
    }

    static @Nullable Long number(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number typed into a field; anything else is that field's problem. */
    static @Nullable Integer integer(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, "outcome.number.invalid");
        }
    }

    private static @Nullable RecommendationSource source(@Nullable String value) {
        return value == null || value.isBlank() ? null
                : Arrays.stream(RecommendationSource.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    private static @Nullable EscalationLevel level(@Nullable String value) {
        return value == null ? null
                : Arrays.stream(EscalationLevel.values()).filter(l -> l.name().equals(value)).findFirst().orElse(null);
    }
}
