package org.gongshang.emergency.web;

import jakarta.validation.Valid;
import org.gongshang.emergency.Emergencies;
import org.gongshang.emergency.EmergencyReview;
import org.gongshang.emergency.NewReview;
import org.gongshang.emergency.ReviewOutcome;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue (resolved events waiting for the review) and the review form on the event page. */
@Controller
@RequestMapping("/emergencies")
class ReviewPages {

    record ReviewForm(@Nullable ReviewOutcome outcome, String reason, String topicTitle, String topicDescription) {

        ReviewForm {
            reason = reason == null ? "" : reason;
            topicTitle = topicTitle == null ? "" : topicTitle;
            topicDescription = topicDescription == null ? "" : topicDescription;
        }

        NewReview review() {
            return new NewReview(outcome, reason, topicTitle.isBlank() ? null : topicTitle,
                    topicDescription.isBlank() ? null : topicDescription);
        }
    }

    private final Emergencies emergencies;
    private final EmergencyReview review;
    private final EventPage page;
    private final Actors actors;

    ReviewPages(Emergencies emergencies, EmergencyReview review, EventPage page, Actors actors) {
        this.emergencies = emergencies;
        this.review = review;
        this.page = page;
        this.actors = actors;
    }

    @GetMapping("/reviews")
    String queue(Model model) {
        Actor actor = actors.require();
        if (!actor.isAdmin() && !actor.has(Role.STAFF)) {
            throw DomainException.forbidden("emergency.not-reviewer");
        }
        model.addAttribute("events", emergencies.reviewQueue(actor));
        return "emergency/reviews";
    }

    @PostMapping("/{id:\\d+}/review")
    String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> review.review(id, form.review(), actor))
                .map(reviewed -> {
                    Forms.notice(redirect, reviewed.topicId() == null ? "emergency.reviewed.one-off" : "emergency.reviewed.topic");
                    return "redirect:/emergencies/" + id;
                })
                .orElseGet(() -> page.show(id, actor, model));
    }
}
