package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.BelowMinimum;
import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutyExports;
import org.gongshang.member.DutyRecording;
import org.gongshang.member.DutyRecords;
import org.gongshang.member.DutyRecords.RankingQuery;
import org.gongshang.member.PointRuleChange;
import org.gongshang.member.Sectors;
import org.gongshang.member.Stations;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.RuleBook;
import org.gongshang.region.Organization;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Duty points for staff: a committee's ranking of the year (by sector or station too), the sectors'
 * averages, who is short of a minimum, records added by hand to approve, the point rules, and the
 * exports (the year's list in Excel, a member's archive in Word).
 */
@Controller
@RequestMapping("/admin/members")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class RankingAdminPages {

    static final int PAGE_SIZE = 100;
    /** Members short of a minimum listed on the page unless all are asked for: a large committee has thousands early in the year. */
    static final int BELOW_SHOWN = 100;

    private final DutyRecords records;
    private final DutyRecording recording;
    private final DutyExports exports;
    private final PointRuleChange ruleChange;
    private final RuleBook rules;
    private final Sectors sectors;
    private final Stations stations;
    private final MemberAccess access;
    private final Actors actors;
    private final Clock clock;

    RankingAdminPages(DutyRecords records, DutyRecording recording, DutyExports exports, PointRuleChange ruleChange, RuleBook rules,
            Sectors sectors, Stations stations, MemberAccess access, Actors actors, Clock clock) {
        this.records = records;
        this.recording = recording;
        this.exports = exports;
        this.ruleChange = ruleChange;
        this.rules = rules;
        this.sectors = sectors;
        this.stations = stations;
        this.access = access;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/rankings")
    String rankings(@RequestParam(required = false) @Nullable Long committee, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long sector, @RequestParam(required = false) @Nullable Long station,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean allBelow, Model model) {
        Actor actor = actors.require();
        Organization chosen = committee(committee, actor);
        int which = year == null ? today().getYear() : Math.clamp(year, 2000, 2100);
        int from = Math.clamp(page, 0, 10_000) * PAGE_SIZE;
        model.addAttribute("committees", access.committeesOf(actor));
        model.addAttribute("committee", chosen);
        model.addAttribute("year", which);
        model.addAttribute("sector", sector);
        model.addAttribute("station", station);
        model.addAttribute("page", Math.clamp(page, 0, 10_000));
        if (chosen != null) {
            RankingQuery query = new RankingQuery(chosen.id(), which, sector, station, from, PAGE_SIZE);
            model.addAttribute("rows", records.ranking(query));
            model.addAttribute("total", records.rankingSize(query));
            model.addAttribute("sectors", sectors.of(chosen.id()));
            model.addAttribute("stations", stations.forStaff(actor).stream().filter(s -> s.committeeId() == chosen.id()).toList());
            model.addAttribute("bySector", records.bySector(chosen.id(), which));
            List<BelowMinimum> below = records.belowMinimum(chosen.id(), which);
            model.addAttribute("belowCount", below.size());
            model.addAttribute("below", allBelow ? below : below.subList(0, Math.min(BELOW_SHOWN, below.size())));
            model.addAttribute("submitted", records.submitted(List.of(chosen.id())));
        }
        return "member/admin-rankings";
    }

    @GetMapping("/rankings/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam long committee, @RequestParam int year) {
        return download(exports.year(committee, Math.clamp(year, 2000, 2100), actors.require()), "members-" + year + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/{id:\\d+}/archive.docx")
    ResponseEntity<byte[]> archive(@PathVariable long id, @RequestParam int year) {
        return download(exports.archive(id, Math.clamp(year, 2000, 2100), actors.require()), "duty-" + id + "-" + year + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @PostMapping("/duties/{record:\\d+}/approve")
    String approve(@PathVariable long record, @RequestParam long committee, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            recording.approve(record, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.duty.approved"));
        return "redirect:/admin/members/rankings?committee=" + committee + "#submitted";
    }

    @PostMapping("/duties/{record:\\d+}/return")
    String giveBack(@PathVariable long record, @RequestParam long committee, @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            recording.returnToMember(record, note, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.duty.returned"));
        return "redirect:/admin/members/rankings?committee=" + committee + "#submitted";
    }

    @GetMapping("/rules")
    String rules(@RequestParam(required = false) @Nullable Long committee, Model model) {
        Actor actor = actors.require();
        Organization chosen = committee(committee, actor);
        model.addAttribute("committees", access.committeesOf(actor));
        model.addAttribute("committee", chosen);
        model.addAttribute("activities", Arrays.asList(DutyActivity.values()));
        model.addAttribute("today", today());
        if (chosen != null) {
            model.addAttribute("inForce", rules.inForce(chosen.id(), today()));
            model.addAttribute("history", rules.history(chosen.id()));
        }
        return "member/admin-rules";
    }

    @PostMapping("/rules")
    String setRule(@RequestParam long committee, @RequestParam(required = false) @Nullable DutyActivity activity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom,
            @RequestParam(required = false) @Nullable Integer points, @RequestParam(required = false) @Nullable Integer yearlyCap,
            @RequestParam(required = false) @Nullable Integer yearlyMinimum, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> ruleChange.set(committee, activity, effectiveFrom, points, yearlyCap, yearlyMinimum, actors.require()))
                .ifPresent(count -> Forms.notice(redirect, "member.rule.saved", count));
        return "redirect:/admin/members/rules?committee=" + committee;
    }

    private @Nullable Organization committee(@Nullable Long committee, Actor actor) {
        return committee == null ? access.committeesOf(actor).stream().findFirst().orElse(null) : access.requireStaffOf(actor, committee);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String filename, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }
}
