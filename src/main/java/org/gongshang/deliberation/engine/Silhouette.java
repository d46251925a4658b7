package org.gongshang.deliberation.engine;

/*
 * Mean silhouette of a clustering, (b − a) / max(a, b) per point, with a = mean distance to the
 * other points of its cluster and b = the smallest mean distance to another cluster. A point
 * alone in its cluster scores 0. Like Pol.is, the points are the base-cluster centres, unweighted.
 */
final class Silhouette {

    private Silhouette() {
    }

    static double of(double[] x, double[] y, int[] cluster, int k) {
        int n = x.length;
        if (n < 2 || k < 2) {
            return 0;
        }
        double total = 0;
        double[] sum = new double[k];
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(count, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[cluster[j]] += KMeans2D.distance(x[i], y[i], x[j], y[j]);
                    count[cluster[j]]++;
                }
            }
            int own = cluster[i];
            if (count[own] == 0) {
                continue;
            }
            double a = sum[own] / count[own];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double larger = Math.max(a, b);
            total += larger > 0 ? (b - a) / larger : 0;
        }
        return total / n;
    }
}
