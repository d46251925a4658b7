package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actors;
import org.gongshang.member.Availability;
import org.gongshang.member.Bookings;
import org.gongshang.member.Members;
import org.gongshang.member.Rosters;
import org.gongshang.member.Shift;
import org.gongshang.member.ShiftCheckIn;
import org.gongshang.member.ShiftSwap;
import org.gongshang.member.ShiftSwaps;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shifts")
@Tag(name = "Shifts", description = "值班、签到、换班、预约")
class ShiftApi {

    record BookingJson(@Size(max = 300, message = "{member.booking.matter.size}") @Nullable String matter) {
    }

    record CheckInJson(@Size(max = 200, message = "{member.check-in.token.size}") @Nullable String token) {
    }

    record SwapJson(@Nullable Long toMemberId, @Nullable Long exchangeDutyId,
            @Size(max = 200, message = "{member.swap.note.size}") @Nullable String note) {
    }

    record CreatedJson(long id) {
    }

    private final Members members;
    private final Rosters rosters;
    private final Bookings bookings;
    private final ShiftCheckIn checkIn;
    private final ShiftSwaps swaps;
    private final Availability availability;
    private final Actors actors;
    private final Clock clock;

    ShiftApi(Members members, Rosters rosters, Bookings bookings, ShiftCheckIn checkIn, ShiftSwaps swaps, Availability availability,
            Actors actors, Clock clock) {
        this.members = members;
        this.rosters = rosters;
        this.bookings = bookings;
        this.checkIn = checkIn;
        this.swaps = swaps;
        this.availability = availability;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "The member's shifts from today on")
    List<Shift> mine() {
        return members.mine(actors.require())
                .map(m -> rosters.ofMember(m.id(), LocalDate.now(clock.withZone(Zones.platform())))).orElse(List.of());
    }

    @PostMapping("/{id:\\d+}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book a reception shift (预约), signed in, with the matter in a few words")
    CreatedJson book(@PathVariable long id, @Valid @RequestBody BookingJson body) {
        return new CreatedJson(bookings.book(id, body.matter(), actors.require()));
    }

    @DeleteMapping("/bookings/{booking:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelBooking(@PathVariable long booking) {
        bookings.cancel(booking, actors.require());
    }

    @PostMapping("/check-in")
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Check in with the token of the station's QR code; valid only during the shift")
    Shift checkIn(@Valid @RequestBody CheckInJson body) {
        if (body.token() == null) {
            throw DomainException.invalidField("token", "member.check-in.invalid");
        }
        return checkIn.checkIn(body.token(), actors.require());
    }

    @PostMapping("/duties/{duty:\\d+}/check-in")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The station contact (or staff) checks a member on duty in")
    void checkInByContact(@PathVariable long duty) {
        checkIn.checkInByContact(duty, actors.require());
    }

    @GetMapping("/swaps")
    @PreAuthorize("hasRole('MEMBER')")
    List<ShiftSwap> swaps() {
        return members.mine(actors.require()).map(m -> rosters.swapsOf(m.id())).orElse(List.of());
    }

    @PostMapping("/duties/{duty:\\d+}/swaps")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Ask another member of the station to take the duty, optionally for one of theirs")
    CreatedJson askSwap(@PathVariable long duty, @Valid @RequestBody SwapJson body) {
        return new CreatedJson(swaps.request(duty, body.toMemberId() == null ? 0 : body.toMemberId(), body.exchangeDutyId(),
                body.note(), actors.require()));
    }

    @PostMapping("/swaps/{swap:\\d+}/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable long swap) {
        swaps.accept(swap, actors.require());
    }

    @PostMapping("/swaps/{swap:\\d+}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable long swap) {
        swaps.decline(swap, actors.require());
    }

    @PostMapping("/unavailable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('MEMBER')")
    @Operation(summary = "Mark a day the member cannot serve; the roster generator skips it")
    void unavailable(@RequestParam @Nullable LocalDate day) {
        availability.markUnavailable(day, actors.require());
    }
}
