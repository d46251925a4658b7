package org.gongshang.commonproblem.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.commonproblem.ClusterEscalation;
import org.gongshang.commonproblem.Escalation;
import org.gongshang.commonproblem.ProblemCluster;
import org.gongshang.commonproblem.ProblemClusters;
import org.gongshang.commonproblem.ProblemRegions;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.region.Region;
import org.gongshang.shared.web.Forms;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff's view of common problems by district, a group's sources, and the form that raises it. */
@Controller
class CommonProblemPages {

    record EscalationForm(@Size(max = 200, message = "{common-problem.title.size}") String title,
            @Size(max = 2000, message = "{common-problem.description.size}") String description,
            @Nullable TopicCategory category, String regionCode) {

        EscalationForm {
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            regionCode = regionCode == null ? "" : regionCode;
        }
    }

    private final ProblemClusters clusters;
    private final ProblemRegions regions;
    private final ClusterEscalation escalation;
    private final Actors actors;

    CommonProblemPages(ProblemClusters clusters, ProblemRegions regions, ClusterEscalation escalation, Actors actors) {
        this.clusters = clusters;
        this.regions = regions;
        this.escalation = escalation;
        this.actors = actors;
    }

    @GetMapping("/common-problems")
    String list(@RequestParam(required = false) @Nullable String district, Model model) {
        Actor viewer = actors.require();
        String chosen = district == null || district.isBlank() ? null : district.strip();
        List<ProblemCluster> found = clusters.common(viewer, chosen);
        model.addAttribute("clusters", found);
        model.addAttribute("byDistrict", DistrictTable.of(found));
        model.addAttribute("districts", regions.districts(viewer));
        model.addAttribute("district", chosen);
        return "commonproblem/list";
    }

    @GetMapping("/common-problems/{id}")
    String cluster(@PathVariable long id, Model model) {
        Actor viewer = actors.require();
        ProblemCluster cluster = clusters.get(id, viewer);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EscalationForm(cluster.title(), "", TopicCategory.SOCIETY,
                    regions.escalationRegions(viewer).stream().findFirst().map(Region::code).orElse("")));
        }
        model.addAttribute("cluster", cluster);
        model.addAttribute("sources", clusters.sources(id, viewer));
        model.addAttribute("categories", TopicCategory.values());
        model.addAttribute("escalationRegions", regions.escalationRegions(viewer));
        return "commonproblem/cluster";
    }

    @PostMapping("/common-problems/{id}/escalation")
    String escalate(@PathVariable long id, @Valid @ModelAttribute("form") EscalationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return Forms.submit(binding, () -> escalation.escalate(id,
                        new Escalation(form.title(), form.description(), form.category(), form.regionCode()), actors.require()))
                .map(raised -> {
                    Forms.notice(redirect, "common-problem.raised", raised.topicId());
                    return "redirect:/topics/" + raised.topicId();
                })
                .orElseGet(() -> {
                    model.addAttribute("form", form);
                    return cluster(id, model);
                });
    }
}
