package org.gongshang.member;

import java.util.EnumSet;
import java.util.Set;

/** Where a residence report (到居住地报到) stands: the community's cadre confirms or declines it. */
public enum ReportStatus {
    REPORTED, CONFIRMED, DECLINED, WITHDRAWN;

    public Set<ReportStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(CONFIRMED, DECLINED, WITHDRAWN);
            case CONFIRMED -> EnumSet.of(WITHDRAWN);
            case DECLINED, WITHDRAWN -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean mayMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** Reported or confirmed: the member's one open report. */
    public boolean isOpen() {
        return this == REPORTED || this == CONFIRMED;
    }
}
