package org.gongshang.member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.ReceptionDays;
import org.gongshang.member.internal.RosterGenerator;
import org.gongshang.member.internal.RosterGenerator.Candidate;
import org.gongshang.member.internal.RosterGenerator.Slot;
import org.gongshang.member.internal.ShiftStore;
import org.gongshang.member.internal.StationAggregate;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff planning a station's duty roster (值班表): the reception days of its schedule in a period,
 * on working days only, each staffed fairly by the roster generator; members are told of their
 * new duties. Shifts that exist keep their members.
 */
@Service
public class RosterPlanning {

    /** What a generation did. */
    public record Planned(int shifts, int duties) {
    }

    private final StationMaintenance stations;
    private final Rosters rosters;
    private final Stations stationList;
    private final ShiftStore store;
    private final WorkingDayCalendar calendar;
    private final Notices notices;
    private final MemberProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RosterPlanning(StationMaintenance stations, Rosters rosters, Stations stationList, ShiftStore store, WorkingDayCalendar calendar,
            Notices notices, MemberProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.stations = stations;
        this.rosters = rosters;
        this.stationList = stationList;
        this.store = store;
        this.calendar = calendar;
        this.notices = notices;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws DomainException CONFLICT without a schedule, INVALID for a period that is not ahead or too long
     */
    @Transactional
    public Planned generate(long stationId, @Nullable LocalDate from, @Nullable LocalDate to, Actor actor) {
        StationAggregate station = stations.load(stationId, actor);
        ReceptionSchedule schedule = rosters.schedule(stationId)
                .orElseThrow(() -> DomainException.conflict("member.roster.no-schedule"));
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        if (from == null || to == null || from.isBefore(today) || to.isBefore(from)
                || to.isAfter(from.plusWeeks(properties.roster().maxWeeks()))) {
            throw DomainException.invalidField("to", "member.roster.period", properties.roster().maxWeeks());
        }
        List<LocalDate> days = ReceptionDays.between(schedule.pattern(), schedule.dayOfWeek(), schedule.intervalWeeks(),
                schedule.weekOfMonth(), schedule.anchorOn(), from, to, calendar::isWorkingDay);
        List<Slot> slots = new ArrayList<>();
        List<Long> shiftIds = new ArrayList<>();
        for (LocalDate day : days) {
            Instant starts = day.atTime(schedule.startsAt()).atZone(Zones.platform()).toInstant();
            Instant ends = day.atTime(schedule.endsAt()).atZone(Zones.platform()).toInstant();
            long shiftId = store.shift(stationId, day, starts, ends);
            shiftIds.add(shiftId);
        }
        Map<Long, Set<Long>> existing = store.dutiesOf(shiftIds);
        for (int i = 0; i < days.size(); i++) {
            slots.add(new Slot(shiftIds.get(i), days.get(i), schedule.membersPerShift(), existing.getOrDefault(shiftIds.get(i), Set.of())));
        }
        List<Long> memberIds = stationList.members(stationId).stream().map(MemberListing::id).toList();
        Map<Long, long[]> served = store.served(memberIds, today.minusMonths(properties.roster().servedLookbackMonths()));
        List<Candidate> candidates = memberIds.stream().map(id -> {
            long[] row = served.get(id);
            return row == null ? new Candidate(id, 0, LocalDate.MIN) : new Candidate(id, (int) row[1], LocalDate.ofEpochDay(row[2]));
        }).toList();
        Map<Long, List<Long>> roster = RosterGenerator.assign(slots, candidates, store.unavailable(memberIds, from, to));
        Map<Long, Integer> newDuties = new HashMap<>();
        int duties = 0;
        for (var entry : roster.entrySet()) {
            for (long memberId : entry.getValue()) {
                if (store.addDuty(entry.getKey(), memberId)) {
                    newDuties.merge(memberId, 1, Integer::sum);
                    duties++;
                }
            }
        }
        events.publishEvent(AuditRecord.of("member.roster-generated", actor.accountId(), "member-station", stationId)
                .with("from", from).with("to", to).with("shifts", days.size()).with("duties", duties));
        newDuties.forEach((memberId, count) -> tell(memberId, station, count));
        return new Planned(days.size(), duties);
    }

    private void tell(long memberId, StationAggregate station, int count) {
        stationList.members(station.requireId()).stream().filter(m -> m.id() == memberId).findFirst()
                .ifPresent(member -> notices.send(List.of(member.accountId()), Notice.of(MessageKind.GENERAL,
                        "member.roster.planned.title", "member.roster.planned.body", station.name(), count).linkingTo("/duty/shifts")));
    }

}
