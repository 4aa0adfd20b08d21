package de.servicecenter.console.admin.kpis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One KPI over days or hours, ready for the page: an SVG bar per group (height in the chart's own units, 0–100) and
 * the same figures as table rows beside it. Groups without a figure (no calls) get no bar and "–" in the table.
 */
public record BarChart(String title, String unit, String scale, List<Bar> bars, String target, String targetY) {

    public record Bar(String label, String value, String x, String width, String y, String height, boolean missing) {
    }

    private static final double WIDTH = 100;
    private static final double HEIGHT = 100;

    /**
     * @param max      the value at the top of the chart (1.0 for a share, the largest wait for seconds)
     * @param format   the value as written in the table
     * @param target   the goal in words and its value (a line across the bars), or null
     */
    public static <T> BarChart of(String title, String unit, List<T> groups, Function<T, String> label,
                           Function<T, Double> value, double max, Function<Double, String> format, String target,
                           Double targetValue) {
        List<Bar> bars = new ArrayList<>();
        double slot = WIDTH / Math.max(1, groups.size());
        for (int i = 0; i < groups.size(); i++) {
            T group = groups.get(i);
            Double figure = value.apply(group);
            double height = figure == null || max <= 0 ? 0 : Math.min(1, figure / max) * HEIGHT;
            bars.add(new Bar(label.apply(group), figure == null ? "–" : format.apply(figure),
                    number(i * slot + slot * 0.15), number(slot * 0.7), number(HEIGHT - height), number(height),
                    figure == null));
        }
        return new BarChart(title, unit, format.apply(max), bars, target,
                targetValue == null ? null : number(HEIGHT - Math.min(1, targetValue / max) * HEIGHT));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
