package org.gongshang.outcome.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Handler;
import org.gongshang.outcome.RecommendationQuery;
import org.gongshang.outcome.RecommendationQuery.Scope;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.Recommendations;
import org.gongshang.outcome.SatisfactionRatings;
import org.gongshang.shared.web.Task;
import org.gongshang.shared.web.TaskCounter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Recommendations on the home page: a department's 待签收, 待答复 and 逾期 (its own queue), staff's
 * 待批办, 已退回 and 逾期 (their regions), and 待我评价 for the people asked to rate a reply. The counts
 * go through the same scopes as the lists they link to, so they never count what the list hides.
 */
@Component
class OutcomeTasks implements TaskCounter {

    private final Recommendations recommendations;
    private final SatisfactionRatings ratings;
    private final Actors actors;

    OutcomeTasks(Recommendations recommendations, SatisfactionRatings ratings, Actors actors) {
        this.recommendations = recommendations;
        this.ratings = ratings;
        this.actors = actors;
    }

    @Override
    public List<Task> tasksOf(long accountId) {
        Actor actor = actors.of(accountId);
        List<Task> tasks = new ArrayList<>();
        if (!Handler.of(actor).organizationIds().isEmpty()) {
            String queue = "/recommendations/queue";
            tasks.add(Task.count("outcome.tasks.to-sign", count(actor, Scope.DEPARTMENT, RecommendationStatus.TRANSFERRED), queue, 20));
            long toReply = Stream.of(RecommendationStatus.values()).filter(RecommendationStatus::acceptsProgress)
                    .mapToLong(status -> count(actor, Scope.DEPARTMENT, status)).sum();
            tasks.add(Task.count("outcome.tasks.to-reply", toReply, queue, 21));
            tasks.add(Task.overdue("outcome.tasks.overdue", overdue(actor, Scope.DEPARTMENT), queue, 22));
        }
        if (actor.has(Role.STAFF)) {
            String manage = "/recommendations/manage";
            tasks.add(Task.count("outcome.tasks.to-sign-off", count(actor, Scope.REGION, RecommendationStatus.DRAFT),
                    manage + "?status=DRAFT", 25));
            tasks.add(Task.count("outcome.tasks.disputed", count(actor, Scope.REGION, RecommendationStatus.DISPUTED),
                    manage + "?status=DISPUTED", 26));
            tasks.add(Task.overdue("outcome.tasks.overdue-region", overdue(actor, Scope.REGION), manage + "?overdue=true", 27));
        }
        long toRate = ratings.awaiting(actor).size();
        if (toRate > 0 || actor.hasAny(Role.RESIDENT, Role.MEMBER)) {
            tasks.add(Task.count("outcome.tasks.to-rate", toRate, "/recommendations/to-rate", 5));
        }
        return tasks;
    }

    private long count(Actor actor, Scope scope, @Nullable RecommendationStatus status) {
        return recommendations.list(new RecommendationQuery(scope, null, null, status, null, false, 0, 1), actor).total();
    }

    private long overdue(Actor actor, Scope scope) {
        return recommendations.list(new RecommendationQuery(scope, null, null, null, null, true, 0, 1), actor).total();
    }
}
