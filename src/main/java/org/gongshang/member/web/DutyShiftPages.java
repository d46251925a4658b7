package org.gongshang.member.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Availability;
import org.gongshang.member.Booking;
import org.gongshang.member.Bookings;
import org.gongshang.member.Member;
import org.gongshang.member.Members;
import org.gongshang.member.Rosters;
import org.gongshang.member.Shift;
import org.gongshang.member.ShiftCheckIn;
import org.gongshang.member.ShiftSwaps;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's shifts on their phone: the shifts to come with who booked them, swap requests both
 * ways, the days they cannot serve, and checking in with the station's QR code.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class DutyShiftPages {

    private final Members members;
    private final Rosters rosters;
    private final Stations stations;
    private final Bookings bookings;
    private final ShiftSwaps swaps;
    private final Availability availability;
    private final ShiftCheckIn checkIn;
    private final Actors actors;
    private final Clock clock;

    DutyShiftPages(Members members, Rosters rosters, Stations stations, Bookings bookings, ShiftSwaps swaps,
            Availability availability, ShiftCheckIn checkIn, Actors actors, Clock clock) {
        this.members = members;
        this.rosters = rosters;
        this.stations = stations;
        this.bookings = bookings;
        this.swaps = swaps;
        this.availability = availability;
        this.checkIn = checkIn;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/duty/shifts")
    String shifts(Model model) {
        Actor actor = actors.require();
        Member member = members.mine(actor).orElse(null);
        model.addAttribute("member", member);
        if (member != null) {
            List<Shift> shifts = rosters.ofMember(member.id(), LocalDate.now(clock.withZone(Zones.platform())));
            Map<Long, List<Booking>> booked = new HashMap<>();
            shifts.forEach(shift -> booked.put(shift.id(), bookings.ofShift(shift.id())));
            model.addAttribute("shifts", shifts);
            model.addAttribute("booked", booked);
            model.addAttribute("swaps", rosters.swapsOf(member.id()));
            model.addAttribute("unavailable", availability.unavailableDays(actor));
            model.addAttribute("colleagues", stations.ofMember(member.id()).stream()
                    .flatMap(station -> stations.members(station.id()).stream()).filter(m -> m.id() != member.id()).distinct().toList());
            model.addAttribute("now", clock.instant());
        }
        return "member/duty-shifts";
    }

    @PostMapping("/duty/shifts/duties/{duty:\\d+}/swap")
    String askSwap(@PathVariable long duty, @RequestParam(required = false) @Nullable Long toMemberId,
            @RequestParam(required = false) @Nullable Long exchangeDutyId, @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        Forms.submit(redirect, () -> swaps.request(duty, toMemberId == null ? 0 : toMemberId, exchangeDutyId, note, actors.require()))
                .ifPresent(id -> Forms.notice(redirect, "member.swap.sent"));
        return "redirect:/duty/shifts";
    }

    @PostMapping(path = "/duty/shifts/swaps/{swap:\\d+}", params = "answer=accept")
    String accept(@PathVariable long swap, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            swaps.accept(swap, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.swap.accepted"));
        return "redirect:/duty/shifts";
    }

    @PostMapping(path = "/duty/shifts/swaps/{swap:\\d+}", params = "answer=decline")
    String decline(@PathVariable long swap, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            swaps.decline(swap, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.swap.declined"));
        return "redirect:/duty/shifts";
    }

    @PostMapping(path = "/duty/shifts/swaps/{swap:\\d+}", params = "answer=cancel")
    String cancel(@PathVariable long swap, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            swaps.cancel(swap, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.swap.cancelled"));
        return "redirect:/duty/shifts";
    }

    @PostMapping(path = "/duty/shifts/unavailable", params = "available=false")
    String unavailable(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            availability.markUnavailable(day, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.unavailable.saved"));
        return "redirect:/duty/shifts#unavailable";
    }

    @PostMapping(path = "/duty/shifts/unavailable", params = "available=true")
    String available(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            availability.markAvailable(day, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.unavailable.cleared"));
        return "redirect:/duty/shifts#unavailable";
    }

    /** Where the station's QR code leads: one button checks the member in. */
    @GetMapping("/duty/check-in")
    String checkInPage(@RequestParam(name = "t", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "member/check-in";
    }

    @PostMapping("/duty/check-in")
    String checkIn(@RequestParam(name = "t", defaultValue = "") String token, RedirectAttributes redirect) {
        Shift shift = Forms.submit(redirect, () -> checkIn.checkIn(token, actors.require())).orElse(null);
        if (shift == null) {
            return "redirect:/duty/check-in?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
        Forms.notice(redirect, "member.check-in.welcome", shift.stationName());
        return "redirect:/duty";
    }
}
