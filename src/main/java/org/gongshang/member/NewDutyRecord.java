package org.gongshang.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A duty record a member adds by hand (a proposal, a report), with evidence for staff to check. */
public record NewDutyRecord(@Nullable DutyActivity activity, @Nullable LocalDate occurredOn, @Nullable String title,
        @Nullable String evidence) {

    public NewDutyRecord {
        title = Texts.clean(title);
        evidence = Texts.clean(evidence);
    }
}
