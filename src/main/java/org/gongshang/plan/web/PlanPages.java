package org.gongshang.plan.web;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.plan.PlanDocuments;
import org.gongshang.plan.PlanQuery;
import org.gongshang.plan.PlanReviews;
import org.gongshang.plan.PlanStatus;
import org.gongshang.plan.PlanView;
import org.gongshang.plan.Plans;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading plans: the list, a plan as a calendar of months, its versions, and the downloads. */
@Controller
class PlanPages {

    private final Plans plans;
    private final PlanReviews reviews;
    private final PlanDocuments documents;
    private final Actors actors;

    PlanPages(Plans plans, PlanReviews reviews, PlanDocuments documents, Actors actors) {
        this.plans = plans;
        this.reviews = reviews;
        this.documents = documents;
        this.actors = actors;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
        Optional<Actor> viewer = actors.current();
        model.addAttribute("plans", plans.list(new PlanQuery(null, year, null, null), viewer));
        model.addAttribute("awaiting", viewer.map(reviews::awaiting).orElse(List.of()));
        model.addAttribute("mayCreate", viewer.map(actor -> !plans.organizationsFor(actor).isEmpty()).orElse(false));
        model.addAttribute("year", year);
        return "plan/list";
    }

    @GetMapping("/plans/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        return page(plans.read(id, actors.current()), model);
    }

    @GetMapping("/plans/{id:\\d+}/versions/{number:\\d+}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        return page(plans.readVersion(id, number, actors.current()), model);
    }

    @GetMapping("/plans/{id:\\d+}/versions")
    String versions(@PathVariable long id, Model model) {
        Optional<Actor> viewer = actors.current();
        model.addAttribute("plan", plans.read(id, viewer));
        model.addAttribute("versions", plans.versions(id, viewer));
        model.addAttribute("history", plans.history(id, viewer));
        return "plan/versions";
    }

    @GetMapping("/plans/{id:\\d+}/export.docx")
    ResponseEntity<byte[]> word(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        return PlanDownloads.of(documents.word(read(id, version)));
    }

    @GetMapping("/plans/{id:\\d+}/export.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
        return PlanDownloads.of(documents.excel(read(id, version)));
    }

    private PlanView read(long id, @Nullable Integer version) {
        Optional<Actor> viewer = actors.current();
        return version == null ? plans.read(id, viewer) : plans.readVersion(id, version, viewer);
    }

    private String page(PlanView plan, Model model) {
        Optional<Actor> viewer = actors.current();
        boolean drafter = viewer.map(actor -> plans.mayDraft(actor, plan.id())).orElse(false);
        boolean reviewer = viewer.map(actor -> plans.mayReview(actor, plan.id())).orElse(false);
        boolean latest = plan.version() == plan.latestVersion();
        model.addAttribute("plan", plan);
        model.addAttribute("insider", drafter || reviewer);
        model.addAttribute("mayEdit", drafter && latest && plan.status().isEditable());
        model.addAttribute("mayAmend", drafter && latest && plan.status() == PlanStatus.APPROVED);
        model.addAttribute("mayReview", reviewer && latest && plan.status() == PlanStatus.SUBMITTED);
        return "plan/plan";
    }
}
