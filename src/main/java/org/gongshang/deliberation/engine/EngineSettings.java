package org.gongshang.deliberation.engine;

/**
 * The engine's tunables. {@link #defaults()} follows Pol.is where Pol.is is sound; see
 * docs/consensus-engine.md for each value and why.
 *
 * @param inConvMinimumVotes votes a participant needs before being clustered (capped at the number of statements)
 * @param baseClusters number of base clusters ("buckets") the in-conv participants are summarised into
 * @param maxGroups the most opinion groups shown
 * @param kSmootherUpdates consecutive updates a new group count must win before it is shown
 * @param silhouetteMargin a larger k must beat the smaller ones' silhouette by more than this to be the best k
 * @param groupRestarts seeded k-means++ restarts per group count, besides the warm start
 * @param kMeansMaxIterations cap on k-means iterations (base and group clustering)
 * @param pcaMaxIterations cap on power iterations
 * @param pcaTolerance stop when both components' residual ‖Cv − λv‖ is at most this times λ₁
 * @param significanceZ one-sided z threshold (1.2816 = 90 %)
 * @param representativeLimit representative statements per group
 * @param majorityLimit majority statements per direction
 * @param commonGroundAgreeShare smoothed agree share (A+1)/(S+2) every group must reach for the common-ground list
 * @param commonGroundMinimumVotes votes each group must have cast on a statement for the common-ground list
 * @param seed seed of every random choice, so the same votes give the same analysis
 * @param parallelFromVotes passes over the votes use the common fork-join pool from this many votes on
 *        (0 always, {@link Integer#MAX_VALUE} never); below it a pass is too short to be worth waking
 *        worker threads, which can cost more than the pass on a busy machine
 */
public record EngineSettings(
        int inConvMinimumVotes,
        int baseClusters,
        int maxGroups,
        int kSmootherUpdates,
        double silhouetteMargin,
        int groupRestarts,
        int kMeansMaxIterations,
        int pcaMaxIterations,
        double pcaTolerance,
        double significanceZ,
        int representativeLimit,
        int majorityLimit,
        double commonGroundAgreeShare,
        int commonGroundMinimumVotes,
        long seed,
        int parallelFromVotes) {

    public static EngineSettings defaults() {
        return new EngineSettings(7, 100, 5, 4, 0.02, 8, 100, 100, 1e-6, 1.2816, 5, 5, 0.6, 5, 20_240_501L, 2_000_000);
    }

    /** Never (false) or from the default vote count on (true) use parallel passes. */
    public EngineSettings withParallel(boolean value) {
        return withParallelFromVotes(value ? defaults().parallelFromVotes() : Integer.MAX_VALUE);
    }

    public EngineSettings withParallelFromVotes(int value) {
        return new EngineSettings(inConvMinimumVotes, baseClusters, maxGroups, kSmootherUpdates, silhouetteMargin, groupRestarts,
                kMeansMaxIterations, pcaMaxIterations, pcaTolerance, significanceZ, representativeLimit, majorityLimit,
                commonGroundAgreeShare, commonGroundMinimumVotes, seed, value);
    }

    public EngineSettings withCommonGround(double agreeShare, int minimumVotes) {
        return new EngineSettings(inConvMinimumVotes, baseClusters, maxGroups, kSmootherUpdates, silhouetteMargin, groupRestarts,
                kMeansMaxIterations, pcaMaxIterations, pcaTolerance, significanceZ, representativeLimit, majorityLimit,
                agreeShare, minimumVotes, seed, parallelFromVotes);
    }

    public EngineSettings withPcaTolerance(double tolerance) {
        return new EngineSettings(inConvMinimumVotes, baseClusters, maxGroups, kSmootherUpdates, silhouetteMargin, groupRestarts,
                kMeansMaxIterations, pcaMaxIterations, tolerance, significanceZ, representativeLimit, majorityLimit,
                commonGroundAgreeShare, commonGroundMinimumVotes, seed, parallelFromVotes);
    }
}
