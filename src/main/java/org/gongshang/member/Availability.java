package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.ShiftStore;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members marking the days they cannot serve, which the roster generator skips. */
@Service
public class Availability {

    /** Far enough ahead for any roster. */
    static final int MAX_DAYS_AHEAD = 366;

    private final ShiftStore store;
    private final Members members;
    private final Clock clock;

    Availability(ShiftStore store, Members members, Clock clock) {
        this.store = store;
        this.members = members;
        this.clock = clock;
    }

    /** @throws DomainException INVALID for a day past or more than a year ahead */
    @Transactional
    public void markUnavailable(@Nullable LocalDate day, Actor actor) {
        store.markUnavailable(me(actor).id(), checked(day));
    }

    @Transactional
    public void markAvailable(@Nullable LocalDate day, Actor actor) {
        store.markAvailable(me(actor).id(), checked(day));
    }

    public List<LocalDate> unavailableDays(Actor actor) {
        return members.mine(actor).map(m -> store.unavailableDays(m.id(), today())).orElse(List.of());
    }

    private Member me(Actor actor) {
        return members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
    }

    private LocalDate checked(@Nullable LocalDate day) {
        if (day == null || day.isBefore(today()) || day.isAfter(today().plusDays(MAX_DAYS_AHEAD))) {
            throw DomainException.invalidField("day", "member.unavailable.day.invalid");
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }
}
