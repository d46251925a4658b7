package org.gongshang.commonproblem;

import org.gongshang.shared.Text;
import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;

/**
 * Staff raise a common problem as one CPPCC topic (上升).
 *
 * @param regionCode the CPPCC region that takes it up; sources outside it are left out
 */
public record Escalation(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
        @Nullable String regionCode) {

    public Escalation {
        title = Text.blankToNull(title);
        description = description == null ? "" : description.strip();
        regionCode = Text.blankToNull(regionCode);
    }
}
