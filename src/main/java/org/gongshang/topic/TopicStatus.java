package org.gongshang.topic;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a topic is in the cycle, with the moves allowed from each status. Screening decides the
 * first move; the plan and consultation modules the later ones.
 */
public enum TopicStatus {
    /** 待遴选: submitted, open for co-signing, waiting for screening. */
    SUBMITTED,
    /** 已采纳: accepted in screening; can be routed and planned. */
    ACCEPTED,
    /** 不予采纳: declined with a reason. */
    DECLINED,
    /** 已合并: merged into another topic as a duplicate. */
    MERGED,
    /** 已列入计划: in a yearly consultation plan. */
    PLANNED,
    /** 协商中. */
    IN_CONSULTATION,
    /** 已协商. */
    CONSULTED;

    private static final Map<TopicStatus, Set<TopicStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, DECLINED, MERGED),
            // A grassroots consultation may take up an accepted topic without a yearly plan.
            ACCEPTED, EnumSet.of(PLANNED, IN_CONSULTATION, MERGED),
            // A topic taken out of a plan goes back to the accepted pool.
            PLANNED, EnumSet.of(ACCEPTED, IN_CONSULTATION),
            IN_CONSULTATION, EnumSet.of(CONSULTED),
            DECLINED, EnumSet.noneOf(TopicStatus.class),
            MERGED, EnumSet.noneOf(TopicStatus.class),
            CONSULTED, EnumSet.noneOf(TopicStatus.class));

    public boolean canBecome(TopicStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<TopicStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /** Residents may co-sign and withdraw while the topic waits for screening or is accepted. */
    public boolean isOpenForSupport() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /** Shown to everyone (unless held by the sensitive-word check); declined ones only to those concerned. */
    public boolean isPublic() {
        return this != DECLINED && this != MERGED;
    }

    /** Offered as near-duplicates: topics still alive, so that a resident can join one instead. */
    public boolean isCandidateForSimilarity() {
        return this == SUBMITTED || this == ACCEPTED || this == PLANNED || this == IN_CONSULTATION;
    }
}
