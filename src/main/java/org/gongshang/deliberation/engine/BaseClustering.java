package org.gongshang.deliberation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/*
 * Summarises the clustered participants into about a hundred base clusters by k-means on their
 * positions. Warm start: each previous cluster restarts at its members' new mean and keeps its
 * id; missing clusters are added by k-means++ seeding (seeded random, so the same votes give the
 * same clusters). Empty clusters are dropped.
 */
final class BaseClustering {

    private static final int SEED_SAMPLE = 20_000;

    final List<BaseCluster> clusters;
    /* For each clustered point, the index of its cluster in {@link #clusters}. */
    final int[] clusterOfPoint;
    final int nextId;

    private BaseClustering(List<BaseCluster> clusters, int[] clusterOfPoint, int nextId) {
        this.clusters = clusters;
        this.clusterOfPoint = clusterOfPoint;
        this.nextId = nextId;
    }

    /*
     * @param rows the clustered participants' rows, ascending
     * @param x their first coordinate
     * @param y their second coordinate
     */
    static BaseClustering of(long[] participantIds, int[] rows, double[] x, double[] y, EngineState previous,
            EngineSettings settings) {
        int n = rows.length;
        if (n == 0) {
            return new BaseClustering(List.of(), new int[0], previous.nextBaseClusterId());
        }
        List<Integer> warmIds = new ArrayList<>();
        double[] warm = warmCentres(participantIds, rows, x, y, previous, warmIds);
        SplittableRandom random = new SplittableRandom(settings.seed() ^ 0xBA5EL);
        // Seeding looks at every point once per centre; on a regular sample it costs a fraction and
        // Lloyd's iterations on all points do the rest.
        int stride = Math.max(1, (n + SEED_SAMPLE - 1) / SEED_SAMPLE);
        double[] sampleX = stride == 1 ? x : sample(x, stride);
        double[] sampleY = stride == 1 ? y : sample(y, stride);
        double[] initial = KMeans2D.seed(sampleX, sampleY, null, warm, Math.max(settings.baseClusters(), warm.length / 2),
                random);
        KMeans2D.Result result = KMeans2D.run(x, y, null, initial, settings.kMeansMaxIterations(),
                KMeans2D.BASE_TOLERANCE, settings.parallelFromVotes() < Integer.MAX_VALUE);

        int k = result.k();
        int[] size = new int[k];
        for (int c : result.assignment()) {
            size[c]++;
        }
        int[] listIndex = new int[k];
        List<BaseCluster> clusters = new ArrayList<>();
        int nextId = previous.nextBaseClusterId();
        long[][] members = new long[k][];
        int[] filled = new int[k];
        for (int c = 0; c < k; c++) {
            members[c] = new long[size[c]];
        }
        for (int p = 0; p < n; p++) {
            int c = result.assignment()[p];
            members[c][filled[c]++] = participantIds[rows[p]];
        }
        for (int c = 0; c < k; c++) {
            if (size[c] == 0) {
                listIndex[c] = -1;
                continue;
            }
            int id = c < warmIds.size() ? warmIds.get(c) : nextId++;
            listIndex[c] = clusters.size();
            clusters.add(new BaseCluster(id, members[c], result.centres()[2 * c], result.centres()[2 * c + 1]));
        }
        int[] clusterOfPoint = new int[n];
        for (int p = 0; p < n; p++) {
            clusterOfPoint[p] = listIndex[result.assignment()[p]];
        }
        return new BaseClustering(List.copyOf(clusters), clusterOfPoint, nextId);
    }

    private static double[] sample(double[] values, int stride) {
        double[] result = new double[(values.length + stride - 1) / stride];
        for (int i = 0; i < result.length; i++) {
            result[i] = values[i * stride];
        }
        return result;
    }

    /* Previous clusters re-centred on their members' new positions; identical centres merge. */
    private static double[] warmCentres(long[] participantIds, int[] rows, double[] x, double[] y,
            EngineState previous, List<Integer> ids) {
        double[] centres = new double[2 * previous.baseClusters().size()];
        int count = 0;
        for (BaseCluster cluster : previous.baseClusters()) {
            double sx = 0;
            double sy = 0;
            int members = 0;
            for (long id : cluster.participantIds()) {
                int row = Arrays.binarySearch(participantIds, id);
                int point = row < 0 ? -1 : Arrays.binarySearch(rows, row);
                if (point >= 0) {
                    sx += x[point];
                    sy += y[point];
                    members++;
                }
            }
            if (members == 0 || isCentre(centres, count, sx / members, sy / members)) {
                continue;
            }
            centres[2 * count] = sx / members;
            centres[2 * count + 1] = sy / members;
            ids.add(cluster.id());
            count++;
        }
        return Arrays.copyOf(centres, 2 * count);
    }

    private static boolean isCentre(double[] centres, int count, double cx, double cy) {
        for (int c = 0; c < count; c++) {
            if (centres[2 * c] == cx && centres[2 * c + 1] == cy) {
                return true;
            }
        }
        return false;
    }
}
