package org.gongshang.member.web;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Member;
import org.gongshang.member.Members;
import org.gongshang.member.ResidenceReporting;
import org.gongshang.member.ResidenceReports;
import org.gongshang.member.internal.Communities;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residence reporting on a phone: the member reports to the community they live in
 * ({@code /duty/residence}); the community's cadres confirm or decline ({@code /residence-reports}).
 */
@Controller
class ResidencePages {

    private final ResidenceReporting reporting;
    private final ResidenceReports reports;
    private final Members members;
    private final Communities communities;
    private final Regions regions;
    private final Actors actors;

    ResidencePages(ResidenceReporting reporting, ResidenceReports reports, Members members, Communities communities,
            Regions regions, Actors actors) {
        this.reporting = reporting;
        this.reports = reports;
        this.members = members;
        this.communities = communities;
        this.regions = regions;
        this.actors = actors;
    }

    @GetMapping("/duty/residence")
    @PreAuthorize("hasRole('MEMBER')")
    String mine(Model model) {
        Actor actor = actors.require();
        Member member = members.mine(actor).orElse(null);
        model.addAttribute("member", member);
        if (member != null) {
            model.addAttribute("reports", reports.ofMember(member.id()));
            model.addAttribute("open", reports.openOf(member.id()).orElse(null));
            model.addAttribute("residence", communities.of(actor.residenceRegionCode()).orElse(null));
            model.addAttribute("choices", choices());
        }
        return "member/residence";
    }

    @PostMapping("/duty/residence")
    @PreAuthorize("hasRole('MEMBER')")
    String report(@RequestParam(required = false) @Nullable String communityCode, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> reporting.report(communityCode == null || communityCode.isBlank() ? null : communityCode.strip(),
                actors.require())).ifPresent(id -> Forms.notice(redirect, "member.report.sent"));
        return "redirect:/duty/residence";
    }

    @PostMapping("/duty/residence/withdraw")
    @PreAuthorize("hasRole('MEMBER')")
    String withdraw(RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            reporting.withdraw(actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.report.withdrawn"));
        return "redirect:/duty/residence";
    }

    @GetMapping("/residence-reports")
    @PreAuthorize("hasAnyRole('CADRE', 'ADMIN')")
    String forCadre(Model model) {
        model.addAttribute("reports", reports.forCadre(actors.require()));
        return "member/residence-reports";
    }

    @PostMapping("/residence-reports/{id:\\d+}/confirm")
    @PreAuthorize("hasAnyRole('CADRE', 'ADMIN')")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            reporting.confirm(id, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.report.confirmed"));
        return "redirect:/residence-reports";
    }

    @PostMapping("/residence-reports/{id:\\d+}/decline")
    @PreAuthorize("hasAnyRole('CADRE', 'ADMIN')")
    String decline(@PathVariable long id, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            reporting.decline(id, reason, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.report.declined"));
        return "redirect:/residence-reports";
    }

    /** Every active community of the cities, for a member who lives elsewhere than the account says. */
    private List<Region> choices() {
        return regions.roots().stream().flatMap(city -> communities.within(city.code()).stream()).toList();
    }
}
