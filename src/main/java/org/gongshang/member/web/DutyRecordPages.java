package org.gongshang.member.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Assignments;
import org.gongshang.member.GridDuty;
import org.gongshang.member.Member;
import org.gongshang.member.Members;
import org.gongshang.member.ReceptionOutcome;
import org.gongshang.member.ReceptionRecording;
import org.gongshang.member.Rosters;
import org.gongshang.member.Shift;
import org.gongshang.member.Stations;
import org.gongshang.member.web.RecordForms.ReceptionForm;
import org.gongshang.member.web.RecordForms.VisitForm;
import org.gongshang.member.internal.Communities;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Forms;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member recording on their phone: a visitor's matter during a shift, a grid visit, with photos. */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class DutyRecordPages {

    private final Members members;
    private final Rosters rosters;
    private final Stations stations;
    private final Assignments assignments;
    private final Communities communities;
    private final ReceptionRecording receptions;
    private final GridDuty gridDuty;
    private final Actors actors;
    private final Clock clock;

    DutyRecordPages(Members members, Rosters rosters, Stations stations, Assignments assignments, Communities communities,
            ReceptionRecording receptions, GridDuty gridDuty, Actors actors, Clock clock) {
        this.members = members;
        this.rosters = rosters;
        this.stations = stations;
        this.assignments = assignments;
        this.communities = communities;
        this.receptions = receptions;
        this.gridDuty = gridDuty;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/duty/receptions/new")
    String newReception(Model model) {
        Member member = members.mine(actors.require()).orElse(null);
        Shift shift = member == null ? null : todaysShift(member);
        String community = shift == null ? null
                : stations.find(shift.stationId()).flatMap(s -> communities.of(s.regionCode())).map(r -> r.code()).orElse(null);
        model.addAttribute("form", ReceptionForm.empty(community));
        return receptionPage(member, shift, model);
    }

    @PostMapping("/duty/receptions")
    String record(@Valid @ModelAttribute("form") ReceptionForm form, BindingResult binding,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.require();
        return Forms.submit(binding, () -> receptions.record(form.reception(), contents(files), actor))
                .map(id -> {
                    Forms.notice(redirect, "member.reception.saved");
                    return "redirect:/receptions/" + id;
                })
                .orElseGet(() -> {
                    Member member = members.mine(actor).orElse(null);
                    return receptionPage(member, member == null ? null : todaysShift(member), model);
                });
    }

    @GetMapping("/duty/visits/new")
    String newVisit(Model model) {
        model.addAttribute("form", new VisitForm(null, LocalDate.now(clock.withZone(Zones.platform())), 1, null, TopicCategory.SOCIETY));
        return visitPage(model);
    }

    @PostMapping("/duty/visits")
    String recordVisit(@Valid @ModelAttribute("form") VisitForm form, BindingResult binding,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(binding, () -> gridDuty.recordVisit(form.visit(), contents(files), actors.require()))
                .map(id -> {
                    Forms.notice(redirect, "member.visit.saved");
                    return "redirect:/visits/" + id;
                })
                .orElseGet(() -> visitPage(model));
    }

    private String receptionPage(@Nullable Member member, @Nullable Shift shift, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("shift", shift);
        model.addAttribute("categories", TopicCategory.values());
        model.addAttribute("outcomes", List.of(ReceptionOutcome.ANSWERED, ReceptionOutcome.HANDED_TO_COMMUNITY, ReceptionOutcome.PENDING));
        model.addAttribute("communities", shift == null ? List.of() : stations.find(shift.stationId())
                .map(s -> s.coverage().stream().flatMap(code -> communities.within(code).stream()).distinct().toList()).orElse(List.of()));
        return "member/reception-new";
    }

    private String visitPage(Model model) {
        Member member = members.mine(actors.require()).orElse(null);
        model.addAttribute("member", member);
        model.addAttribute("grids", member == null ? List.of() : assignments.gridsOf(member.id()));
        model.addAttribute("categories", TopicCategory.values());
        return "member/visit-new";
    }

    /** The member's shift of today that has begun (or begins within half an hour), if any. */
    private @Nullable Shift todaysShift(Member member) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        return rosters.ofMember(member.id(), today).stream()
                .filter(s -> s.day().equals(today) && !s.cancelled() && s.startsAt().isBefore(clock.instant().plusSeconds(1800)))
                .reduce((first, second) -> second).orElse(null);
    }

    private static List<byte[]> contents(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(file -> {
            try {
                return file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
