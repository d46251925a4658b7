package org.gongshang.deliberation.engine;

import java.io.Serializable;

/**
 * Keeps the number of opinion groups from flickering: a new best k (by silhouette) is shown only
 * after it has been the best in {@code required} consecutive updates, as Pol.is's
 * {@code group-k-smoother}.
 *
 * @param shownK the group count shown, 0 before the first clustering
 * @param lastBestK the best k of the latest update
 * @param streak consecutive updates in which {@code lastBestK} was the best
 */
public record KSmoother(int shownK, int lastBestK, int streak) implements Serializable {

    public static KSmoother initial() {
        return new KSmoother(0, 0, 0);
    }

    /** The smoother after an update whose best k is {@code bestK}, given which k were computed. */
    KSmoother next(int bestK, int required, java.util.function.IntPredicate available) {
        int newStreak = bestK == lastBestK ? streak + 1 : 1;
        boolean adopt = shownK == 0 || !available.test(shownK) || newStreak >= required;
        return new KSmoother(adopt ? bestK : shownK, bestK, newStreak);
    }
}
