package org.gongshang.consultation.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.consultation.ConsultationStatus;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.web.Task;
import org.gongshang.shared.web.TaskCounter;
import org.springframework.stereotype.Component;

/**
 * Consultations on the home page: those the person takes part in that are in session or still to
 * come, and for organisers (staff, cadres) those still to be held in their regions.
 */
@Component
class ConsultationTasks implements TaskCounter {

    /** The most a list reads; more coming consultations than this for one person is not a home page's concern. */
    private static final int MOST = 100;

    private final Consultations consultations;
    private final Actors actors;
    private final Clock clock;

    ConsultationTasks(Consultations consultations, Actors actors, Clock clock) {
        this.consultations = consultations;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksOf(long accountId) {
        Actor actor = actors.of(accountId);
        List<Task> tasks = new ArrayList<>();
        long mine = coming(Consultations.Scope.MINE, actor);
        if (mine > 0 || actor.hasAny(Role.MEMBER, Role.CADRE)) {
            tasks.add(Task.count("consultation.tasks.taking-part", mine, "/consultations?scope=MINE", 45));
        }
        if (actor.hasAny(Role.STAFF, Role.CADRE)) {
            tasks.add(Task.count("consultation.tasks.organising", coming(Consultations.Scope.ORGANISER, actor),
                    "/consultations?scope=ORGANISER", 46));
        }
        return tasks;
    }

    /** In session, or scheduled and not yet begun. */
    private long coming(Consultations.Scope scope, Actor actor) {
        long inSession = consultations.list(scope, ConsultationStatus.IN_SESSION, null, actor, 0, MOST).size();
        long scheduled = consultations.list(scope, ConsultationStatus.SCHEDULED, null, actor, 0, MOST).stream()
                .filter(c -> c.startsAt().isAfter(clock.instant())).count();
        return inSession + scheduled;
    }
}
