package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;

import org.gongshang.identity.Actors;
import org.gongshang.member.Receptions;
import org.gongshang.member.Rosters;
import org.gongshang.member.RosterPlanning;
import org.gongshang.member.ShiftCancellation;
import org.gongshang.member.Station;
import org.gongshang.member.Stations;
import org.gongshang.shared.Zones;
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

/** A station's duty roster for staff: generating it, the shifts with who is on duty and checked in, swaps. */
@Controller
@RequestMapping("/admin/stations/{id:\\d+}/roster")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
class RosterAdminPage {

    /** Weeks of shifts the page shows ahead, and behind. */
    static final int WEEKS_AHEAD = 10;
    static final int WEEKS_BEHIND = 4;

    private final Stations stations;
    private final Rosters rosters;
    private final RosterPlanning planning;
    private final ShiftCancellation cancellation;
    private final Receptions receptions;
    private final Actors actors;
    private final Clock clock;

    RosterAdminPage(Stations stations, Rosters rosters, RosterPlanning planning, ShiftCancellation cancellation,
            Receptions receptions, Actors actors, Clock clock) {
        this.stations = stations;
        this.rosters = rosters;
        this.planning = planning;
        this.cancellation = cancellation;
        this.receptions = receptions;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    String roster(@PathVariable long id, Model model) {
        Station station = stations.getForStaff(id, actors.require());
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        model.addAttribute("station", station);
        model.addAttribute("schedule", rosters.schedule(id).orElse(null));
        model.addAttribute("shifts", rosters.of(id, today.minusWeeks(WEEKS_BEHIND), today.plusWeeks(WEEKS_AHEAD)));
        model.addAttribute("swaps", rosters.swapsAt(id));
        model.addAttribute("receptions", receptions.ofStation(id, 50));
        model.addAttribute("from", today.plusDays(1));
        model.addAttribute("to", today.plusMonths(2));
        model.addAttribute("now", clock.instant());
        return "member/admin-roster";
    }

    @PostMapping
    String generate(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            RedirectAttributes redirect) {
        Forms.submit(redirect, () -> planning.generate(id, from, to, actors.require()))
                .ifPresent(planned -> Forms.notice(redirect, "member.roster.generated", planned.shifts(), planned.duties()));
        return "redirect:/admin/stations/" + id + "/roster";
    }

    @PostMapping("/shifts/{shift:\\d+}/cancel")
    String cancel(@PathVariable long id, @PathVariable long shift, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            cancellation.cancel(shift, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.shift.cancelled"));
        return "redirect:/admin/stations/" + id + "/roster";
    }
}
