package org.gongshang.consultation.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.gongshang.consultation.Consultation;
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

    /** The most the list gives at a time. */
    private static final int PAGE = 100;

    /** Pages read at most: more coming consultations than this for one person is not a home page's concern. */
    private static final int PAGES = 10;

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
        Instant now = clock.instant();
        return count(scope, ConsultationStatus.IN_SESSION, actor, c -> true)
                + count(scope, ConsultationStatus.SCHEDULED, actor, c -> c.startsAt().isAfter(now));
    }

    /** Page by page, as the list gives at most {@link #PAGE} at a time. */
    private long count(Consultations.Scope scope, ConsultationStatus status, Actor actor, Predicate<Consultation> counted) {
        long total = 0;
        for (int page = 0; page < PAGES; page++) {
            List<Consultation> some = consultations.list(scope, status, null, actor, page, PAGE);
            total += some.stream().filter(counted).count();
            if (some.size() < PAGE) {
                break;
            }
        }
        return total;
    }
}
