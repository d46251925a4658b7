package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.member.Bookings;
import org.gongshang.member.Receptions;
import org.gongshang.member.Rosters;
import org.gongshang.member.Shift;
import org.gongshang.member.ShiftCheckIn;
import org.gongshang.member.Station;
import org.gongshang.member.Stations;
import org.gongshang.region.Regions;
import org.gongshang.shared.web.PublicAddress;
import org.gongshang.shared.Zones;
import org.gongshang.shared.image.QrCodes;
import org.gongshang.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stations for everyone: the list, a station's page (what it is, when members are on duty, how to
 * book, what it has done), booking a shift (signed in), and the check-in QR code its contact shows.
 */
@Controller
class StationPublicPages {

    /** How far ahead the public page shows shifts. */
    static final int WEEKS_AHEAD = 8;
    /** How many of the latest matters the public page lists. */
    static final int MATTERS = 30;

    private final Stations stations;
    private final Rosters rosters;
    private final Bookings bookings;
    private final Receptions receptions;
    private final ShiftCheckIn checkIn;
    private final Regions regions;
    private final Actors actors;
    private final PublicAddress address;
    private final Clock clock;

    StationPublicPages(Stations stations, Rosters rosters, Bookings bookings, Receptions receptions, ShiftCheckIn checkIn,
            Regions regions, Actors actors, PublicAddress address, Clock clock) {
        this.stations = stations;
        this.rosters = rosters;
        this.bookings = bookings;
        this.receptions = receptions;
        this.checkIn = checkIn;
        this.regions = regions;
        this.actors = actors;
        this.address = address;
        this.clock = clock;
    }

    @GetMapping("/stations")
    String list(Model model) {
        model.addAttribute("stations", stations.active());
        model.addAttribute("regionNames", new RegionNames(regions));
        return "member/stations";
    }

    @GetMapping("/stations/{id:\\d+}")
    String station(@PathVariable long id, Model model) {
        Station station = stations.getActive(id);
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        List<Shift> shifts = rosters.of(id, today, today.plusWeeks(WEEKS_AHEAD)).stream()
                .filter(shift -> !shift.cancelled() && shift.endsAt().isAfter(clock.instant())).toList();
        Actor actor = actors.current().orElse(null);
        model.addAttribute("station", station);
        model.addAttribute("members", stations.publicMembers(id));
        model.addAttribute("shifts", shifts);
        model.addAttribute("regionNames", new RegionNames(regions));
        model.addAttribute("mayRun", actor != null && checkIn.mayRun(station, actor));
        model.addAttribute("today", today);
        model.addAttribute("myBookings", actor == null ? List.of() : bookings.mine(actor));
        model.addAttribute("matters", receptions.matters(id, MATTERS));
        return "member/station";
    }

    @PostMapping("/stations/{id:\\d+}/shifts/{shift:\\d+}/bookings")
    String book(@PathVariable long id, @PathVariable long shift, @RequestParam(required = false) @Nullable String matter,
            RedirectAttributes redirect) {
        Forms.submit(redirect, () -> bookings.book(shift, matter, actors.require()))
                .ifPresent(booking -> Forms.notice(redirect, "member.booking.done"));
        return "redirect:/stations/" + id + "#shifts";
    }

    @PostMapping("/stations/{id:\\d+}/bookings/{booking:\\d+}/cancel")
    String cancelBooking(@PathVariable long id, @PathVariable long booking, RedirectAttributes redirect) {
        bookings.cancel(booking, actors.require());
        Forms.notice(redirect, "member.booking.cancelled");
        return "redirect:/stations/" + id + "#shifts";
    }

    /** The code shown at the station during a shift: for its contact and staff. */
    @GetMapping("/stations/{id:\\d+}/shifts/{shift:\\d+}/check-in")
    String qr(@PathVariable long id, @PathVariable long shift, Model model) {
        Actor actor = actors.require();
        Shift current = rosters.shift(shift);
        String token = checkIn.token(shift, actor);
        model.addAttribute("station", stations.getActive(id));
        model.addAttribute("shift", current);
        model.addAttribute("qr", QrCodes.svg(address.link("/duty/check-in?t=" + token)));
        model.addAttribute("link", "/duty/check-in?t=" + token);
        return "member/station-check-in";
    }

    @PostMapping("/stations/{id:\\d+}/duties/{duty:\\d+}/check-in")
    String checkInByContact(@PathVariable long id, @PathVariable long duty, @RequestParam long shift, RedirectAttributes redirect) {
        Forms.submit(redirect, () -> {
            checkIn.checkInByContact(duty, actors.require());
            return true;
        }).ifPresent(done -> Forms.notice(redirect, "member.check-in.done"));
        return "redirect:/stations/" + id + "/shifts/" + shift + "/check-in";
    }

    /** Region names for the templates, looked up once each. */
    record RegionNames(Regions regions) {
        public String of(String code) {
            return regions.find(code).map(region -> region.name()).orElse(code);
        }
    }
}
