package org.gongshang.consultation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The readiness checklist of the preparation workspace, against the configured lead times. */
public record Readiness(List<Check> checks) {

    /**
     * @param key what is checked, a message key suffix: notice, materials, plan, research, composition, facilitator, venue
     * @param dueOn the day by which it should be done, when a lead time applies
     */
    public record Check(String key, boolean done, @Nullable LocalDate dueOn, boolean late) {
    }

    public boolean isReady() {
        return checks.stream().allMatch(Check::done);
    }
}
