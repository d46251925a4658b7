package org.gongshang.shared.web;

import java.util.List;

/**
 * What a module has waiting for a person, contributed as a bean and composed by the portal into the
 * "my tasks" home page. Each module counts through its own read side and applies its own role and
 * region rules, so that the portal never reads another module's tables nor learns its rules; a new
 * module adds its tasks without editing the portal.
 */
public interface TaskCounter {

    /**
     * The tasks and news of the account; empty when the module has nothing for its roles. Counts of
     * a kind of work the person's roles do are returned even when zero, so that "nothing waits" is said.
     */
    List<Task> tasksOf(long accountId);
}
