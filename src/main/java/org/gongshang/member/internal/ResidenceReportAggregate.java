package org.gongshang.member.internal;

import java.time.Instant;

import org.gongshang.member.ReportStatus;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A residence report as kept; each decision checks the status allows it. */
@Table("member_residence_report")
public record ResidenceReportAggregate(@Id @Nullable Long id, long memberId, String communityCode, ReportStatus status,
        Instant reportedAt, @Nullable Long decidedBy, @Nullable Instant decidedAt, @Nullable String declineReason,
        @Version @Nullable Long version) {

    public static final int MAX_REASON = 200;

    public static ResidenceReportAggregate report(long memberId, String communityCode, Instant at) {
        return new ResidenceReportAggregate(null, memberId, communityCode, ReportStatus.REPORTED, at, null, null, null, null);
    }

    public ResidenceReportAggregate confirmed(long by, Instant at) {
        return moved(ReportStatus.CONFIRMED, by, at, null);
    }

    /** @throws DomainException INVALID without a reason: the member is told why */
    public ResidenceReportAggregate declined(long by, @Nullable String reason, Instant at) {
        String why = reason == null ? "" : reason.replace("\u0000", "").strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw DomainException.invalidField("reason", "member.report.reason", MAX_REASON);
        }
        return moved(ReportStatus.DECLINED, by, at, why);
    }

    /** The member moved or reported by mistake. */
    public ResidenceReportAggregate withdrawn(Instant at) {
        return moved(ReportStatus.WITHDRAWN, memberId, at, null);
    }

    private ResidenceReportAggregate moved(ReportStatus target, long by, Instant at, @Nullable String reason) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("member.report.status", status, target);
        }
        return new ResidenceReportAggregate(id, memberId, communityCode, target, reportedAt, by, at, reason, version);
    }
}
