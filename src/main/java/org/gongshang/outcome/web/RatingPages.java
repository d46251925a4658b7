package org.gongshang.outcome.web;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.outcome.RecommendationDetails;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.Satisfaction;
import org.gongshang.outcome.SatisfactionRatings;
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

/**
 * Satisfaction for the people concerned (满意度测评): the replies they are asked to rate, and the
 * rating page of one, which shows the reply before the three choices.
 */
@Controller("outcomeRatingPages")
class RatingPages {

    private final Recommendations recommendations;
    private final SatisfactionRatings ratings;
    private final Actors actors;
    private final Messages messages;

    RatingPages(Recommendations recommendations, SatisfactionRatings ratings, Actors actors, Messages messages) {
        this.recommendations = recommendations;
        this.ratings = ratings;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/recommendations/to-rate")
    String toRate(Model model) {
        Actor actor = actors.current().orElse(null);
        if (actor == null) {
            return "redirect:/login";
        }
        model.addAttribute("awaiting", ratings.awaiting(actor));
        return "outcome/to-rate";
    }

    @GetMapping("/recommendations/{id:\\d+}/rating")
    String page(@PathVariable long id, Model model) {
        return page(id, FormErrors.NONE, Map.of(), model);
    }

    @PostMapping("/recommendations/{id:\\d+}/rating")
    String rate(@PathVariable long id, @RequestParam(required = false) @Nullable String rating,
            @RequestParam(required = false) @Nullable String comment, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        try {
            Satisfaction chosen = rating == null ? null
                    : Arrays.stream(Satisfaction.values()).filter(s -> s.name().equals(rating)).findFirst().orElse(null);
            ratings.rate(id, chosen, comment, actor);
            redirect.addFlashAttribute("noticeKey", "outcome.notice.rated");
            return "redirect:/recommendations/" + id + "/rating";
        } catch (DomainException problem) {
            StaffPages.rethrowAccessProblems(problem);
            response.setStatus(problem.kind().status());
            return page(id, FormErrors.of(problem, messages, "rating", "comment"),
                    Map.of("rating", rating == null ? "" : rating, "comment", comment == null ? "" : comment), model);
        }
    }

    private String page(long id, FormErrors errors, Map<String, String> values, Model model) {
        Actor actor = actors.require();
        RecommendationDetails details = recommendations.details(id, actor);
        if (!details.capabilities().rater() && !details.capabilities().rated() && ratings.mine(id, actor).isEmpty()) {
            throw DomainException.forbidden("outcome.rating.not-entitled");
        }
        model.addAttribute("d", details);
        model.addAttribute("r", details.recommendation());
        model.addAttribute("mine", ratings.mine(id, actor));
        model.addAttribute("choices", Satisfaction.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "outcome/rating";
    }
}
