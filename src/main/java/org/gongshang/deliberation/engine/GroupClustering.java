package org.gongshang.deliberation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/*
 * Opinion groups: weighted k-means over the base-cluster centres (weight = members) for each
 * k = 2 … max-k, max-k = min(maxGroups, 2 + ⌊buckets / 12⌋); the best k by silhouette goes
 * through the k-smoother. Each k starts from the previous update's centres for that k and from
 * seeded k-means++ restarts; the warm start is kept unless a restart is better by more than 0.2 %,
 * so groups do not hop between practically equal solutions. (A 1 % margin kept clearly worse
 * solutions: replaying the Seattle conversation ended at an ARI of 0.75 against Pol.is, not 0.88.)
 */
final class GroupClustering {

    private static final double WARM_START_MARGIN = 0.002;

    final List<OpinionGroup> groups;
    /* For each base cluster, the index of its group in {@link #groups}. */
    final int[] groupOfBase;
    final Map<Integer, Double> silhouettes;
    final int bestK;
    final KSmoother smoother;
    final List<EngineState.GroupCentres> centres;

    private GroupClustering(List<OpinionGroup> groups, int[] groupOfBase, Map<Integer, Double> silhouettes, int bestK,
            KSmoother smoother, List<EngineState.GroupCentres> centres) {
        this.groups = groups;
        this.groupOfBase = groupOfBase;
        this.silhouettes = silhouettes;
        this.bestK = bestK;
        this.smoother = smoother;
        this.centres = centres;
    }

    static int maxK(int buckets, int maxGroups) {
        return Math.min(maxGroups, 2 + buckets / 12);
    }

    static GroupClustering of(List<BaseCluster> buckets, EngineState previous, EngineSettings settings) {
        int n = buckets.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] weight = new double[n];
        for (int b = 0; b < n; b++) {
            x[b] = buckets.get(b).x();
            y[b] = buckets.get(b).y();
            weight[b] = buckets.get(b).participantIds().length;
        }
        int maxK = Math.min(n, maxK(n, settings.maxGroups()));
        Map<Integer, KMeans2D.Result> byK = new LinkedHashMap<>();
        Map<Integer, Double> silhouettes = new LinkedHashMap<>();
        List<EngineState.GroupCentres> centres = new ArrayList<>();
        for (int k = 2; k <= maxK; k++) {
            KMeans2D.Result result = cluster(x, y, weight, k, previous.centresFor(k), settings);
            if (result == null) {
                continue;
            }
            byK.put(k, result);
            double silhouette = Silhouette.of(x, y, result.assignment(), result.k());
            silhouettes.put(k, silhouette);
            centres.add(new EngineState.GroupCentres(k, result.centres()));
        }
        int bestK = best(silhouettes, settings.silhouetteMargin());
        if (bestK == 0) {
            // Fewer than two distinct buckets cannot be split (Pol.is quirks Q4/Q5): one group, or none.
            return oneGroup(buckets, previous);
        }
        KSmoother smoother = previous.smoother().next(bestK, settings.kSmootherUpdates(), byK::containsKey);
        KMeans2D.Result shown = byK.get(smoother.shownK());
        return grouped(buckets, shown, previous.groups(), silhouettes, bestK, smoother, centres);
    }

    /*
     * The smallest k whose silhouette is within the margin of the highest: a split into more groups
     * must be clearly better, since silhouettes a hair apart are noise and more groups are harder
     * to read. 0 when no k could be computed.
     */
    static int best(Map<Integer, Double> silhouettes, double margin) {
        double highest = silhouettes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return silhouettes.entrySet().stream()
                .filter(e -> e.getValue() >= highest - margin)
                .mapToInt(Map.Entry::getKey)
                .min()
                .orElse(0);
    }

    private static GroupClustering oneGroup(List<BaseCluster> buckets, EngineState previous) {
        int[] groupOfBase = new int[buckets.size()];
        if (buckets.isEmpty()) {
            return new GroupClustering(List.of(), groupOfBase, Map.of(), 0, previous.smoother(), previous.groupCentres());
        }
        long[] all = buckets.stream().flatMapToLong(b -> Arrays.stream(b.participantIds())).sorted().toArray();
        double x = 0;
        double y = 0;
        for (BaseCluster b : buckets) {
            x += b.x() * b.participantIds().length / all.length;
            y += b.y() * b.participantIds().length / all.length;
        }
        int[] ids = GroupIds.assign(List.of(all), previous.groups());
        return new GroupClustering(List.of(new OpinionGroup(ids[0], all, x, y)), groupOfBase, Map.of(), 1,
                previous.smoother(), previous.groupCentres());
    }

    /* The k-means solution for k groups, or null when there are fewer than k distinct centres. */
    private static KMeans2D.@Nullable Result cluster(double[] x, double[] y, double[] weight, int k,
            double @Nullable [] warm,
            EngineSettings settings) {
        KMeans2D.Result warmResult = warm != null && warm.length == 2 * k
                ? KMeans2D.run(x, y, weight, warm, settings.kMeansMaxIterations(), 0, false) : null;
        KMeans2D.Result best = null;
        for (int restart = 0; restart < settings.groupRestarts(); restart++) {
            SplittableRandom random = new SplittableRandom(settings.seed() * 31 + k * 1009L + restart);
            double[] initial = KMeans2D.seed(x, y, weight, new double[0], k, random);
            if (initial.length < 2 * k) {
                continue;
            }
            KMeans2D.Result result = KMeans2D.run(x, y, weight, initial, settings.kMeansMaxIterations(), 0, false);
            if (best == null || result.cost() < best.cost()) {
                best = result;
            }
        }
        if (warmResult == null) {
            return best;
        }
        return best != null && best.cost() < warmResult.cost() * (1 - WARM_START_MARGIN) ? best : warmResult;
    }

    private static GroupClustering grouped(List<BaseCluster> buckets, KMeans2D.Result shown, List<OpinionGroup> before,
            Map<Integer, Double> silhouettes, int bestK, KSmoother smoother, List<EngineState.GroupCentres> centres) {
        int k = shown.k();
        List<long[]> members = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            List<long[]> parts = new ArrayList<>();
            int total = 0;
            for (int b = 0; b < buckets.size(); b++) {
                if (shown.assignment()[b] == g) {
                    parts.add(buckets.get(b).participantIds());
                    total += buckets.get(b).participantIds().length;
                }
            }
            long[] all = new long[total];
            int at = 0;
            for (long[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            Arrays.sort(all);
            members.add(all);
        }
        int[] ids = GroupIds.assign(members, before);
        Integer[] order = new Integer[k];
        for (int g = 0; g < k; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] position = new int[k];
        List<OpinionGroup> groups = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            int g = order[p];
            position[g] = p;
            groups.add(new OpinionGroup(ids[g], members.get(g), shown.centres()[2 * g], shown.centres()[2 * g + 1]));
        }
        int[] groupOfBase = new int[buckets.size()];
        for (int b = 0; b < buckets.size(); b++) {
            groupOfBase[b] = position[shown.assignment()[b]];
        }
        return new GroupClustering(List.copyOf(groups), groupOfBase, silhouettes, bestK, smoother, List.copyOf(centres));
    }
}
