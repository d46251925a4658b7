package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gongshang.identity.Actors;
import org.gongshang.member.PublicProfile;
import org.gongshang.member.ReceptionSchedule;
import org.gongshang.member.RosterPlanning;
import org.gongshang.member.Rosters;
import org.gongshang.member.SchedulePattern;
import org.gongshang.member.Shift;
import org.gongshang.member.ShiftCancellation;
import org.gongshang.member.Station;
import org.gongshang.member.StationKind;
import org.gongshang.member.StationListing;
import org.gongshang.member.StationMaintenance;
import org.gongshang.member.Stations;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stations")
@Tag(name = "Stations", description = "委员联络站、接待日、值班表")
class StationApi {

    /** A station's public facts and who serves there (members with a public profile). */
    record StationJson(Station station, List<PublicProfile.StationLink> members) {
    }

    record StationBodyJson(@Nullable Long committeeId, @Size(max = 60, message = "{member.station.name.size}") @Nullable String name,
            @Nullable StationKind kind, @Size(max = 12, message = "{member.community.size}") @Nullable String regionCode,
            @Size(max = 200, message = "{member.station.address.size}") @Nullable String address,
            @Size(max = 200, message = "{member.station.hours.size}") @Nullable String openingHours,
            @Size(max = 30, message = "{member.station.contact.size}") @Nullable String contactName,
            @Size(max = 30, message = "{member.station.contact.size}") @Nullable String contactPhone,
            @Size(max = 40, message = "{member.username.size}") @Nullable String contactUsername,
            @Size(max = 4000, message = "{member.station.description.size}") @Nullable String description,
            @Nullable Integer bookingsPerShift, @Size(max = 50, message = "{member.station.coverage.size}") @Nullable List<String> coverage) {

        StationForm form() {
            return new StationForm(committeeId, name, kind, regionCode, address, openingHours, contactName, contactPhone,
                    contactUsername, description, bookingsPerShift, coverage);
        }
    }

    record ScheduleJson(@Nullable SchedulePattern pattern, @Nullable Integer weekday, @Nullable Integer intervalWeeks,
            @Nullable Integer weekOfMonth, @Nullable LocalDate anchorOn, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
            @Nullable Integer membersPerShift) {
    }

    record RosterJson(@Nullable LocalDate from, @Nullable LocalDate to) {
    }

    record MemberRefJson(@Nullable Long memberId) {
    }

    record CreatedJson(long id) {
    }

    private final Stations stations;
    private final StationMaintenance maintenance;
    private final Rosters rosters;
    private final RosterPlanning planning;
    private final ShiftCancellation cancellation;
    private final Actors actors;
    private final Clock clock;

    StationApi(Stations stations, StationMaintenance maintenance, Rosters rosters, RosterPlanning planning,
            ShiftCancellation cancellation, Actors actors, Clock clock) {
        this.stations = stations;
        this.maintenance = maintenance;
        this.rosters = rosters;
        this.planning = planning;
        this.cancellation = cancellation;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The active stations, for everyone")
    List<StationListing> list() {
        return stations.active();
    }

    @GetMapping("/{id:\\d+}")
    StationJson station(@PathVariable long id) {
        return new StationJson(stations.getActive(id), stations.publicMembers(id));
    }

    @GetMapping("/{id:\\d+}/shifts")
    @Operation(summary = "The station's reception shifts of the coming eight weeks, with the members on duty")
    List<Shift> shifts(@PathVariable long id) {
        stations.getActive(id);
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        return rosters.of(id, today, today.plusWeeks(8)).stream().filter(s -> !s.cancelled()).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    CreatedJson open(@Valid @RequestBody StationBodyJson body) {
        return new CreatedJson(maintenance.open(body.form().details(), actors.require()));
    }

    @PutMapping("/{id:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void change(@PathVariable long id, @Valid @RequestBody StationBodyJson body) {
        maintenance.change(id, body.form().details(), actors.require());
    }

    @PutMapping("/{id:\\d+}/schedule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Set the reception days: EVERY_N_WEEKS (intervalWeeks, anchorOn) or NTH_WEEKDAY_OF_MONTH (weekOfMonth, 5 = last)")
    void schedule(@PathVariable long id, @RequestBody ScheduleJson body) {
        maintenance.setSchedule(id, new ReceptionSchedule(body.pattern(), body.weekday(), body.intervalWeeks(), body.weekOfMonth(),
                body.anchorOn(), body.startsAt(), body.endsAt(), body.membersPerShift()), actors.require());
    }

    @PostMapping("/{id:\\d+}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void addMember(@PathVariable long id, @RequestBody MemberRefJson body) {
        maintenance.addMember(id, body.memberId() == null ? 0 : body.memberId(), actors.require());
    }

    @DeleteMapping("/{id:\\d+}/members/{memberId:\\d+}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void removeMember(@PathVariable long id, @PathVariable long memberId) {
        maintenance.removeMember(id, memberId, actors.require());
    }

    @PostMapping("/{id:\\d+}/roster")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Operation(summary = "Generate the duty roster for a period: the schedule's working days, staffed fairly")
    RosterPlanning.Planned roster(@PathVariable long id, @RequestBody RosterJson body) {
        return planning.generate(id, body.from(), body.to(), actors.require());
    }

    @PostMapping("/shifts/{shift:\\d+}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    void cancel(@PathVariable long shift) {
        cancellation.cancel(shift, actors.require());
    }
}
