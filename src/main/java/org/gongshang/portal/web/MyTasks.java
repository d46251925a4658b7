package org.gongshang.portal.web;

import java.util.Comparator;
import java.util.List;

import org.gongshang.shared.web.Task;
import org.gongshang.shared.web.TaskCounter;
import org.springframework.stereotype.Component;

/**
 * The "my tasks" part of the home page: what every module has waiting for the person, composed
 * from their {@link TaskCounter}s without reading their data or knowing their rules.
 */
@Component
class MyTasks {

    /** What waits (with counts) and what happened to the person's own things. */
    record Shown(List<Task> waiting, List<Task> news) {

        static final Shown NOTHING = new Shown(List.of(), List.of());

        public boolean isEmpty() {
            return waiting.isEmpty() && news.isEmpty();
        }
    }

    private final List<TaskCounter> counters;

    MyTasks(List<TaskCounter> counters) {
        this.counters = List.copyOf(counters);
    }

    Shown of(long accountId) {
        List<Task> all = counters.stream().flatMap(counter -> counter.tasksOf(accountId).stream())
                .sorted(Comparator.comparingInt(Task::order)).toList();
        return new Shown(all.stream().filter(task -> !task.isNews()).toList(), all.stream().filter(Task::isNews).toList());
    }
}
