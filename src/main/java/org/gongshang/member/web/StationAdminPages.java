package org.gongshang.member.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Members;
import org.gongshang.member.Rosters;
import org.gongshang.member.SchedulePattern;
import org.gongshang.member.Station;
import org.gongshang.member.StationKind;
import org.gongshang.member.StationMaintenance;
import org.gongshang.member.Stations;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Liaison stations for staff: the list, opening one, its details, members and reception schedule. */
@Controller
@RequestMapping("/admin/stations")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class StationAdminPages {

    private final Stations stations;
    private final StationMaintenance maintenance;
    private final Rosters rosters;
    private final Members members;
    private final Regions regions;
    private final Accounts accounts;
    private final MemberAccess access;
    private final Actors actors;

    StationAdminPages(Stations stations, StationMaintenance maintenance, Rosters rosters, Members members, Regions regions,
            Accounts accounts, MemberAccess access, Actors actors) {
        this.stations = stations;
        this.maintenance = maintenance;
        this.rosters = rosters;
        this.members = members;
        this.regions = regions;
        this.accounts = accounts;
        this.access = access;
        this.actors = actors;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = actors.require();
        model.addAttribute("stations", stations.forStaff(actor));
        model.addAttribute("committees", access.committeesOf(actor));
        return "member/admin-stations";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) @Nullable Long committee, Model model) {
        Actor actor = actors.require();
        Long chosen = committee != null ? committee : access.committeesOf(actor).stream().findFirst().map(Organization::id).orElse(null);
        return formPage(null, StationForm.empty(chosen), model);
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") StationForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return Forms.submit(binding, () -> maintenance.open(form.details(), actors.require()))
                .map(id -> {
                    Forms.notice(redirect, "member.station.saved", form.name());
                    return "redirect:/admin/stations/" + id;
                })
                .orElseGet(() -> formPage(null, form, model));
    }

    @GetMapping("/{id:\\d+}")
    String station(@PathVariable long id, Model model) {
        Station station = stations.getForStaff(id, actors.require());
        String contact = station.contactAccountId() == null ? null
                : accounts.find(station.contactAccountId()).map(AccountView::username).orElse(null);
        return formPage(station, StationForm.of(station, contact), model);
    }

    @PostMapping("/{id:\\d+}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") StationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Station station = stations.getForStaff(id, actors.require());
        return Forms.submit(binding, () -> {
            maintenance.change(id, form.details(), actors.require());
            return true;
        }).map(done -> {
            Forms.notice(redirect, "member.station.saved", form.name());
            return "redirect:/admin/stations/" + id;
        }).orElseGet(() -> formPage(station, form, model));
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=false")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        maintenance.setActive(id, false, actors.require());
        Forms.notice(redirect, "member.station.closed");
        return "redirect:/admin/stations/" + id;
    }

    @PostMapping(path = "/{id:\\d+}/active", params = "active=true")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        maintenance.setActive(id, true, actors.require());
        Forms.notice(redirect, "member.station.reopened");
        return "redirect:/admin/stations/" + id;
    }

    @PostMapping("/{id:\\d+}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) @Nullable Long memberId, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            maintenance.addMember(id, memberId == null ? 0 : memberId, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.station.member-added"));
        return "redirect:/admin/stations/" + id + "#station-members";
    }

    @PostMapping("/{id:\\d+}/members/{memberId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        maintenance.removeMember(id, memberId, actors.require());
        Forms.notice(redirect, "member.station.member-removed");
        return "redirect:/admin/stations/" + id + "#station-members";
    }

    @PostMapping("/{id:\\d+}/schedule")
    String schedule(@PathVariable long id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Station station = stations.getForStaff(id, actors.require());
        return Forms.submit(binding, () -> {
            maintenance.setSchedule(id, form.schedule(), actors.require());
            return true;
        }).map(done -> {
            Forms.notice(redirect, "member.schedule.saved");
            return "redirect:/admin/stations/" + id + "#schedule";
        }).orElseGet(() -> {
            model.addAttribute("scheduleForm", form);
            String contact = station.contactAccountId() == null ? null
                    : accounts.find(station.contactAccountId()).map(AccountView::username).orElse(null);
            return formPage(station, StationForm.of(station, contact), model);
        });
    }

    private String formPage(@Nullable Station station, StationForm form, Model model) {
        Actor actor = actors.require();
        List<Organization> committees = access.committeesOf(actor);
        Long committeeId = station != null ? Long.valueOf(station.committeeId()) : form.committeeId();
        String committeeRegion = committees.stream().filter(c -> committeeId != null && c.id() == committeeId).findFirst()
                .map(Organization::regionCode).orElse(null);
        model.addAttribute("station", station);
        model.addAttribute("form", form);
        model.addAttribute("committees", committees);
        model.addAttribute("kinds", StationKind.values());
        model.addAttribute("places", committeeRegion == null ? List.of() : places(committeeRegion));
        if (station != null) {
            model.addAttribute("stationMembers", stations.members(station.id()));
            model.addAttribute("committeeMembers", members.activeOf(station.committeeId()));
            if (!model.containsAttribute("scheduleForm")) {
                model.addAttribute("scheduleForm", ScheduleForm.of(rosters.schedule(station.id()).orElse(null)));
            }
            model.addAttribute("patterns", SchedulePattern.values());
        }
        return "member/admin-station";
    }

    /** The townships and communities of the committee's region: where a station stands and what it covers. */
    private List<Region> places(String regionCode) {
        return Stream.concat(regions.below(regionCode, RegionLevel.TOWNSHIP).stream(),
                regions.below(regionCode, RegionLevel.COMMUNITY).stream()).sorted(Comparator.comparing(Region::code)).toList();
    }
}
