package org.gongshang.quality.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongshang.quality.IndicatorGroup;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the report's radar chart, computed here and drawn by the template as SVG
 * attributes (the content security policy allows no inline styles, and no script draws it): one axis
 * per indicator group, rings at 25, 50, 75 and 100, the groups' scores as a polygon.
 */
record RadarChart(int size, List<Axis> axes, List<String> rings, String polygon) {

    static final int SIZE = 360;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 120;

    /**
     * @param score null when no indicator of the group was measured: drawn at the centre, labelled as not measured
     */
    record Axis(IndicatorGroup group, @Nullable Double score, String x2, String y2, String pointX, String pointY,
            String labelX, String labelY, String anchor) {
    }

    static RadarChart of(List<IndicatorGroup> groups, Map<IndicatorGroup, Double> scores) {
        int n = groups.size();
        List<Axis> axes = new ArrayList<>();
        StringBuilder polygon = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            IndicatorGroup group = groups.get(i);
            Double score = scores.get(group);
            double r = RADIUS * (score == null ? 0 : Math.clamp(score, 0, 100) / 100);
            double px = CENTRE + r * Math.cos(angle);
            double py = CENTRE + r * Math.sin(angle);
            polygon.append(polygon.isEmpty() ? "" : " ").append(fmt(px)).append(',').append(fmt(py));
            double lx = CENTRE + (RADIUS + 16) * Math.cos(angle);
            double ly = CENTRE + (RADIUS + 16) * Math.sin(angle) + 5;
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            axes.add(new Axis(group, score, fmt(CENTRE + RADIUS * Math.cos(angle)), fmt(CENTRE + RADIUS * Math.sin(angle)),
                    fmt(px), fmt(py), fmt(lx), fmt(ly), anchor));
        }
        List<String> rings = new ArrayList<>();
        for (double level : new double[] {0.25, 0.5, 0.75, 1}) {
            StringBuilder ring = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double angle = angle(i, n);
                ring.append(ring.isEmpty() ? "" : " ").append(fmt(CENTRE + RADIUS * level * Math.cos(angle))).append(',')
                        .append(fmt(CENTRE + RADIUS * level * Math.sin(angle)));
            }
            rings.add(ring.toString());
        }
        return new RadarChart(SIZE, axes, rings, polygon.toString());
    }

    public String centre() {
        return fmt(CENTRE);
    }

    /** The first axis points up; the others follow clockwise. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
