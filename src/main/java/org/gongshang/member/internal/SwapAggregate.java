package org.gongshang.member.internal;

import java.time.Instant;

import org.gongshang.member.SwapStatus;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A shift swap as kept: only a requested swap may be accepted, declined or taken back. */
@Table("member_shift_swap")
public record SwapAggregate(@Id @Nullable Long id, long dutyId, long fromMemberId, long toMemberId, @Nullable Long exchangeDutyId,
        SwapStatus status, @Nullable String note, Instant requestedAt, @Nullable Instant decidedAt, @Version @Nullable Long version) {

    public static final int MAX_NOTE = 200;

    public static SwapAggregate request(long dutyId, long fromMemberId, long toMemberId, @Nullable Long exchangeDutyId,
            @Nullable String note, Instant at) {
        if (fromMemberId == toMemberId) {
            throw DomainException.invalidField("toMemberId", "member.swap.self");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw DomainException.invalidField("note", "member.swap.note", MAX_NOTE);
        }
        return new SwapAggregate(null, dutyId, fromMemberId, toMemberId, exchangeDutyId, SwapStatus.REQUESTED, note, at, null, null);
    }

    public SwapAggregate decided(SwapStatus outcome, Instant at) {
        if (status != SwapStatus.REQUESTED || outcome == SwapStatus.REQUESTED) {
            throw DomainException.conflict("member.swap.decided");
        }
        return new SwapAggregate(id, dutyId, fromMemberId, toMemberId, exchangeDutyId, outcome, note, requestedAt, at, version);
    }
}
