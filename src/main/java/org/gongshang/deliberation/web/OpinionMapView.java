package org.gongshang.deliberation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gongshang.deliberation.DeliberationAnalysis;
import org.gongshang.deliberation.DeliberationAnalysis.Bin;
import org.gongshang.deliberation.DeliberationAnalysis.Group;
import org.jspecify.annotations.Nullable;

/**
 * The opinion map as SVG shapes in a square view box, computed here so that the template only
 * draws: each group a hull (convex hull of its bins) filled with its own colour and hatch pattern and
 * labelled with its letter, so colour is never the only signal; participants as aggregated bins
 * (one circle per base cluster, area ∝ members), never one dot per person; the viewer as a marked
 * cross with a text label.
 */
record OpinionMapView(int size, List<Hull> hulls, List<Dot> dots, @Nullable Me me) {

    static final int SIZE = 320;
    private static final double PAD = 28;

    /** @param style 0–4: colour and hatch of the group */
    record Hull(String label, int style, String points, double labelX, double labelY, int members) {
    }

    record Dot(double cx, double cy, double r, int style, int size) {
    }

    record Me(double x, double y, String label) {
    }

    static OpinionMapView of(DeliberationAnalysis analysis, String meLabel) {
        List<double[]> all = new ArrayList<>();
        analysis.bins().forEach(b -> all.add(new double[] {b.x(), b.y()}));
        analysis.groups().forEach(g -> all.add(new double[] {g.x(), g.y()}));
        if (analysis.me() != null) {
            all.add(new double[] {analysis.me().x(), analysis.me().y()});
        }
        double extent = 1e-9;
        for (double[] p : all) {
            extent = Math.max(extent, Math.max(Math.abs(p[0]), Math.abs(p[1])));
        }
        Scale scale = new Scale(extent);
        int largest = analysis.bins().stream().mapToInt(Bin::size).max().orElse(1);

        List<Hull> hulls = new ArrayList<>();
        for (Group group : analysis.groups()) {
            List<double[]> points = new ArrayList<>();
            for (Bin bin : analysis.bins()) {
                if (bin.groupId() == group.id()) {
                    double r = radius(bin.size(), largest) + 6;
                    double x = scale.x(bin.x());
                    double y = scale.y(bin.y());
                    // The bin's circle as eight points, so that a hull of one or two bins is still an area.
                    for (int k = 0; k < 8; k++) {
                        points.add(new double[] {x + r * Math.cos(k * Math.PI / 4), y + r * Math.sin(k * Math.PI / 4)});
                    }
                }
            }
            hulls.add(new Hull(group.label(), group.id() % 5, polygon(convexHull(points)), scale.x(group.x()),
                    scale.y(group.y()), group.size()));
        }
        List<Dot> dots = analysis.bins().stream().map(b -> new Dot(scale.x(b.x()), scale.y(b.y()), radius(b.size(), largest),
                b.groupId() < 0 ? 5 : b.groupId() % 5, b.size())).toList();
        Me me = analysis.me() == null ? null : new Me(scale.x(analysis.me().x()), scale.y(analysis.me().y()), meLabel);
        return new OpinionMapView(SIZE, hulls, dots, me);
    }

    private record Scale(double extent) {
        double x(double value) {
            return round(SIZE / 2.0 + value / extent * (SIZE / 2.0 - PAD));
        }

        double y(double value) {
            return round(SIZE / 2.0 - value / extent * (SIZE / 2.0 - PAD));
        }
    }

    private static double radius(int members, int largest) {
        return round(3 + 11 * Math.sqrt((double) members / largest));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String polygon(List<double[]> points) {
        StringBuilder text = new StringBuilder();
        for (double[] p : points) {
            text.append(text.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        return text.toString();
    }

    /** Andrew's monotone chain. */
    static List<double[]> convexHull(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        if (sorted.size() < 3) {
            return sorted;
        }
        List<double[]> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (double[] p : sorted) {
                while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
            sorted = sorted.reversed();
        }
        return hull;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
