package org.gongshang.topic.web;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.gongshang.topic.Decision;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.Routings;
import org.gongshang.topic.RoutingLevel;
import org.gongshang.topic.ScreeningCase;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 议题遴选 for staff and grassroots cadres: the queue, one topic's case with the decision, routing, holds. */
@Controller
class ScreeningPages {

    private final Screenings screenings;
    private final Routings routings;
    private final Actors actors;
    private final Messages messages;

    ScreeningPages(Screenings screenings, Routings routings, Actors actors, Messages messages) {
        this.screenings = screenings;
        this.routings = routings;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/screening")
    String queue(Model model) {
        Actor actor = actors.require();
        model.addAttribute("queue", screenings.queue(actor));
        model.addAttribute("accepted", screenings.accepted(actor));
        model.addAttribute("held", screenings.held(actor));
        return "topic/screening-queue";
    }

    /**
     * The case, also with what the decision form held when its "find a topic to merge into" button
     * sent it here (so that without JavaScript nothing typed is lost).
     */
    @GetMapping("/screening/{id:\\d+}")
    String screeningCase(@PathVariable long id, @RequestParam(required = false) @Nullable Decision decision,
            @RequestParam(required = false) @Nullable DeclineReason reason, @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String merge, Model model) {
        Actor actor = actors.require();
        model.addAttribute("merge", merge);
        model.addAttribute("mergeCandidates", screenings.mergeCandidates(id, merge, actor));
        return page(screenings.screeningCase(id, actor), FormErrors.NONE, decision, reason, note, model);
    }

    /** The topics to merge into, as the person types what to look for. */
    @HxRequest
    @GetMapping("/screening/{id:\\d+}/merge-candidates")
    String mergeCandidates(@PathVariable long id, @RequestParam(required = false) @Nullable String merge, Model model) {
        Actor actor = actors.require();
        model.addAttribute("c", screenings.screeningCase(id, actor));
        model.addAttribute("merge", merge);
        model.addAttribute("mergeCandidates", screenings.mergeCandidates(id, merge, actor));
        return "topic/screening :: merge-options";
    }

    @PostMapping("/screening/{id:\\d+}")
    String decide(@PathVariable long id, @RequestParam(required = false) @Nullable Decision decision,
            @RequestParam(required = false) @Nullable DeclineReason reason, @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable Long mergeInto, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            screenings.decide(id, new ScreeningDecision(decision, reason, note, mergeInto), actor);
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            model.addAttribute("mergeInto", mergeInto);
            model.addAttribute("mergeCandidates", mergeInto == null ? List.of() : screenings.mergeCandidates(id, "#" + mergeInto, actor));
            return page(screenings.screeningCase(id, actor), FormErrors.of(problem, messages), decision, reason, note, model);
        }
        redirect.addFlashAttribute("noticeKey", "topic.screening.decided");
        return "redirect:/screening/" + id;
    }

    @PostMapping("/screening/{id:\\d+}/route")
    String route(@PathVariable long id, @RequestParam(required = false) @Nullable RoutingLevel level,
            @RequestParam(required = false) @Nullable Long organizationId, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            routings.route(id, level, organizationId, actor);
        } catch (DomainException problem) {
            if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            return page(screenings.screeningCase(id, actor), FormErrors.of(problem, messages), null, null, null, model);
        }
        redirect.addFlashAttribute("noticeKey", "topic.screening.routed");
        return "redirect:/screening/" + id;
    }

    @PostMapping("/screening/{id:\\d+}/release")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        screenings.release(id, actors.require());
        redirect.addFlashAttribute("noticeKey", "topic.screening.released");
        return "redirect:/screening/" + id;
    }

    private String page(ScreeningCase screeningCase, FormErrors errors, @Nullable Decision decision,
            @Nullable DeclineReason reason, @Nullable String note, Model model) {
        model.addAttribute("c", screeningCase);
        model.addAttribute("topic", screeningCase.topic());
        model.addAttribute("errors", errors);
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        model.addAttribute("note", note);
        if (!model.containsAttribute("mergeCandidates")) {
            model.addAttribute("mergeCandidates", List.of());
        }
        model.addAttribute("reasons", DeclineReason.values());
        model.addAttribute("levels", RoutingLevel.values());
        model.addAttribute("destinations", routings.destinations(screeningCase.topic().regionCode()));
        return "topic/screening";
    }
}
