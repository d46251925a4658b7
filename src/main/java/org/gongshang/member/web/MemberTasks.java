package org.gongshang.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Actors;
import org.gongshang.member.Members;
import org.gongshang.member.Rosters;
import org.gongshang.member.Shift;
import org.gongshang.shared.Zones;
import org.gongshang.shared.web.Task;
import org.gongshang.shared.web.TaskCounter;
import org.springframework.stereotype.Component;

/** A member's coming reception shifts (接待日) on the home page, at every station they are on duty. */
@Component
class MemberTasks implements TaskCounter {

    private final Members members;
    private final Rosters rosters;
    private final Actors actors;
    private final Clock clock;

    MemberTasks(Members members, Rosters rosters, Actors actors, Clock clock) {
        this.members = members;
        this.rosters = rosters;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksOf(long accountId) {
        return members.mine(actors.of(accountId)).map(member -> {
            List<Shift> coming = rosters.ofMember(member.id(), LocalDate.now(clock.withZone(Zones.platform()))).stream()
                    .filter(shift -> !shift.cancelled() && shift.endsAt().isAfter(clock.instant())).toList();
            return List.of(Task.count("member.tasks.shifts", coming.size(), "/duty/shifts", 40));
        }).orElse(List.of());
    }
}
