package org.gongshang.deliberation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The consensus engine's latest analysis of a deliberation, as people read it: the opinion groups
 * with what represents each, the common ground (最大公约数), the consensus ranking, the majority
 * view, the map's aggregated bins and where the viewer stands.
 *
 * @param bins the opinion map, aggregated: one bin per base cluster, never one dot per person
 * @param me the viewer's position, null when they have not voted
 * @param votesForGroup votes a participant needs before being placed in a group
 */
public record DeliberationAnalysis(long deliberationId, int participants, int participantsClustered, int votes,
        int statements, List<Group> groups, List<Ranked> commonGround, List<Ranked> consensus, List<Ranked> majority,
        List<Bin> bins, @Nullable Position me, int votesForGroup, Instant computedAt) {

    /** An opinion group (观点群体) with a letter label that does not depend on colour. */
    public record Group(int id, String label, int size, double x, double y, List<Representative> representative) {
    }

    /**
     * A statement that sets the group apart.
     *
     * @param agree whether the group agrees (true) or disagrees with it more than the others
     * @param share the group's smoothed share in that direction
     */
    public record Representative(long statementId, String text, boolean agree, int votes, int seen, double share) {
    }

    /**
     * A statement in a ranked list.
     *
     * @param score for common ground and consensus the lowest group's agree share; for majority the share
     * @param agree for majority statements whether most agree (true) or disagree
     */
    public record Ranked(long statementId, String text, double score, boolean agree) {
    }

    /** Participants near one point of the map. @param groupId -1 when not in a group */
    public record Bin(double x, double y, int size, int groupId) {
    }

    /** @param groupId -1 while not clustered */
    public record Position(double x, double y, int groupId, @Nullable String groupLabel, int votes) {
    }

    public @Nullable Group group(int id) {
        return groups.stream().filter(g -> g.id() == id).findFirst().orElse(null);
    }
}
