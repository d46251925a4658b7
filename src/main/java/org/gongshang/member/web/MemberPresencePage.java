package org.gongshang.member.web;

import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Assignments;
import org.gongshang.member.CommunityAssignment;
import org.gongshang.member.GridDuty;
import org.gongshang.member.Member;
import org.gongshang.member.MemberCoverage;
import org.gongshang.member.Members;
import org.gongshang.member.ResidenceReports;
import org.gongshang.member.internal.Communities;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a member is present, for staff: the residence reports, the assignments (入驻) with a form
 * to add one, the grids; and the coverage of communities by members.
 */
@Controller
@RequestMapping("/admin/members")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class MemberPresencePage {

    private final Members members;
    private final ResidenceReports reports;
    private final Assignments assignments;
    private final CommunityAssignment assigning;
    private final GridDuty gridDuty;
    private final MemberCoverage coverage;
    private final Communities communities;
    private final Regions regions;
    private final MemberAccess access;
    private final Actors actors;

    MemberPresencePage(Members members, ResidenceReports reports, Assignments assignments, CommunityAssignment assigning,
            GridDuty gridDuty, MemberCoverage coverage, Communities communities, Regions regions, MemberAccess access,
            Actors actors) {
        this.members = members;
        this.reports = reports;
        this.assignments = assignments;
        this.assigning = assigning;
        this.gridDuty = gridDuty;
        this.coverage = coverage;
        this.communities = communities;
        this.regions = regions;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping("/{id:\\d+}/presence")
    String presence(@PathVariable long id, Model model) {
        Member member = members.get(id, actors.require());
        String committeeRegion = access.committee(member.committeeId()).regionCode();
        model.addAttribute("member", member);
        model.addAttribute("reports", reports.ofMember(id));
        model.addAttribute("assignments", assignments.ofMember(id));
        model.addAttribute("grids", assignments.gridsOf(id));
        model.addAttribute("communities", communities.within(committeeRegion));
        model.addAttribute("gridChoices", assignments.communitiesOf(id).stream()
                .flatMap(code -> regions.below(code, RegionLevel.GRID).stream()).toList());
        return "member/admin-presence";
    }

    @PostMapping("/{id:\\d+}/assignments")
    String assign(@PathVariable long id, @RequestParam(required = false) @Nullable String communityCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
            @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> assigning.assign(id, communityCode, startsOn, endsOn, note, actors.require()))
                .ifPresent(done -> Forms.notice(redirect, "member.assignment.saved"));
        return "redirect:/admin/members/" + id + "/presence";
    }

    @PostMapping("/{id:\\d+}/assignments/{assignment:\\d+}/end")
    String end(@PathVariable long id, @PathVariable long assignment, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            assigning.end(assignment, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.assignment.ended"));
        return "redirect:/admin/members/" + id + "/presence";
    }

    @PostMapping("/{id:\\d+}/grids")
    String assignGrid(@PathVariable long id, @RequestParam(required = false) @Nullable String gridCode, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            gridDuty.assignGrid(id, gridCode, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.grid.assigned"));
        return "redirect:/admin/members/" + id + "/presence";
    }

    @PostMapping("/{id:\\d+}/grids/{grid:\\d+}/remove")
    String unassignGrid(@PathVariable long id, @PathVariable String grid, RedirectAttributes redirect) {
        gridDuty.unassignGrid(id, grid, actors.require());
        Forms.notice(redirect, "member.grid.unassigned");
        return "redirect:/admin/members/" + id + "/presence";
    }

    /** Coverage of a city (its districts) or a district; the first committee's region by default. */
    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) @Nullable String region, Model model) {
        Actor actor = actors.require();
        List<Organization> committees = access.committeesOf(actor);
        String code = region != null && !region.isBlank() ? region.strip()
                : committees.stream().findFirst().map(Organization::regionCode).orElse(null);
        model.addAttribute("regions", committees.stream().flatMap(c -> regions.find(c.regionCode()).stream()).distinct().toList());
        model.addAttribute("coverage", code == null ? null : coverage.of(code, actor));
        return "member/admin-coverage";
    }
}
