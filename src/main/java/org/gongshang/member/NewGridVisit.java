package org.gongshang.member;

import java.time.LocalDate;

import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;

/** A grid visit (走访) as the member records it. */
public record NewGridVisit(@Nullable String gridCode, @Nullable LocalDate visitedOn, @Nullable Integer households,
        @Nullable String findings, @Nullable TopicCategory category) {

    public NewGridVisit {
        gridCode = Texts.clean(gridCode);
        findings = Texts.clean(findings);
    }
}
