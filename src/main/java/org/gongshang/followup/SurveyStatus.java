package org.gongshang.followup;

import java.util.EnumSet;
import java.util.Set;

/** A questionnaire is built as a draft, published once (its questions then stay as they are), and closed. */
public enum SurveyStatus {
    DRAFT, PUBLISHED, CLOSED;

    public Set<SurveyStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(SurveyStatus.class);
        };
    }

    public boolean mayMoveTo(SurveyStatus target) {
        return next().contains(target);
    }
}
