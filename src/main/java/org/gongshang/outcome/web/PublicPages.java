package org.gongshang.outcome.web;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Handling;
import org.gongshang.outcome.RecommendationDetails;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.Recommendations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of outcome transfer (公开), like Decidim's accountability results: every public
 * recommendation once transferred, filterable by region, department, status and year, and its page
 * with status, progress, milestones, replies, satisfaction, where it came from and its history.
 */
@Controller("outcomePublicPages")
class PublicPages {

    static final int PAGE_SIZE = 20;

    private final Recommendations recommendations;
    private final Handling handling;
    private final Actors actors;

    PublicPages(Recommendations recommendations, Handling handling, Actors actors) {
        this.recommendations = recommendations;
        this.handling = handling;
        this.actors = actors;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable RecommendationStatus status, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        RecommendationQuery query = new RecommendationQuery(RecommendationQuery.Scope.PUBLIC, region, organization, status, year,
                false, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", recommendations.list(query, null));
        model.addAttribute("years", recommendations.years());
        model.addAttribute("statuses", java.util.Arrays.stream(RecommendationStatus.values()).filter(RecommendationStatus::isPublished).toList());
        Actor actor = actors.current().orElse(null);
        model.addAttribute("isStaff", actor != null && actor.hasAny(Role.STAFF, Role.ADMIN));
        model.addAttribute("isDepartment", actor != null && actor.has(Role.DEPARTMENT));
        return "outcome/list";
    }

    @GetMapping("/recommendations/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        RecommendationDetails details = recommendations.details(id, actors.current().orElse(null));
        model.addAttribute("d", details);
        model.addAttribute("r", details.recommendation());
        return "outcome/recommendation";
    }

    @GetMapping("/recommendations/{id:\\d+}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return HandlingApi.download(handling.attachment(id, attachmentId, actors.current().orElse(null)));
    }
}
