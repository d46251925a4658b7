package org.gongshang.plan.web;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.plan.PlanReviews;
import org.gongshang.shared.web.Task;
import org.gongshang.shared.web.TaskCounter;
import org.springframework.stereotype.Component;

/** Plans on the home page: 待审定计划 for the reviewers of their regions (the plan list shows them first). */
@Component
class PlanTasks implements TaskCounter {

    private final PlanReviews reviews;
    private final Actors actors;

    PlanTasks(PlanReviews reviews, Actors actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @Override
    public List<Task> tasksOf(long accountId) {
        Actor actor = actors.of(accountId);
        if (!actor.has(Role.REVIEWER)) {
            return List.of();
        }
        return List.of(Task.count("plan.tasks.to-review", reviews.awaiting(actor).size(), "/plans#awaiting", 30));
    }
}
