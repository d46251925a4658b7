package org.gongshang.plan.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.plan.PlanReviews;
import org.gongshang.plan.Plans;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.FormErrors;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 党委审定 for reviewers: the submitted plan with approve, or return with a comment. */
@Controller
class PlanReviewPages {

    private final Plans plans;
    private final PlanReviews reviews;
    private final Actors actors;
    private final Messages messages;

    PlanReviewPages(Plans plans, PlanReviews reviews, Actors actors, Messages messages) {
        this.plans = plans;
        this.reviews = reviews;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/plans/{id:\\d+}/review")
    String review(@PathVariable long id, Model model) {
        Actor actor = actors.require();
        if (!plans.mayReview(actor, id)) {
            throw DomainException.forbidden("plan.review.not-allowed");
        }
        return page(id, actor, null, FormErrors.NONE, model);
    }

    @PostMapping("/plans/{id:\\d+}/approve")
    String approve(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            reviews.approve(id, actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return page(id, actor, null, FormErrors.of(problem, messages, "comment"), model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.notice.approved");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id:\\d+}/return")
    String returnToDrafters(@PathVariable long id, @RequestParam(required = false) @Nullable String comment,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            reviews.returnToDrafters(id, comment, actor);
        } catch (DomainException problem) {
            rethrowUnlessInput(problem);
            response.setStatus(problem.kind().status());
            return page(id, actor, comment, FormErrors.of(problem, messages, "comment"), model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.notice.returned");
        return "redirect:/plans/" + id;
    }

    private static void rethrowUnlessInput(DomainException problem) {
        if (problem.kind() == DomainException.Kind.FORBIDDEN || problem.kind() == DomainException.Kind.NOT_FOUND) {
            throw problem;
        }
    }

    private String page(long id, Actor actor, @Nullable String comment, FormErrors errors, Model model) {
        model.addAttribute("plan", plans.read(id, Optional.of(actor)));
        model.addAttribute("history", plans.history(id, Optional.of(actor)));
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        return "plan/review";
    }
}
