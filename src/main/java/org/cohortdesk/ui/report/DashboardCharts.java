package org.cohortdesk.ui.report;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.cohortdesk.ui.common.LaoText;

/**
 * The charts of the dashboard (JavaFX's own), built empty and filled with series whose every bar or
 * slice carries a tooltip with its figure. No animation: the figures are there at once.
 */
final class DashboardCharts {
    /** Category names longer than this are cut with an ellipsis on the axis (whole in the tooltip). */
    static final int NAME_LENGTH = 30;

    private DashboardCharts() {}

    /** Vertical bars over categories (years), {@code stacked} or side by side. */
    static XYChart<String, Number> columns(String id, boolean stacked) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        XYChart<String, Number> chart = stacked ? new StackedBarChart<>(x, y) : new BarChart<>(x, y);
        return prepared(chart, id);
    }

    /** Horizontal bars, a category per row (fields, partners, provinces), {@code stacked} or side by side. */
    static XYChart<Number, String> rows(String id, boolean stacked) {
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        x.setSide(Side.BOTTOM);
        CategoryAxis y = new CategoryAxis();
        XYChart<Number, String> chart = stacked ? new StackedBarChart<>(x, y) : new BarChart<>(x, y);
        return prepared(chart, id);
    }

    static PieChart pie(String id) {
        PieChart chart = new PieChart();
        chart.setId(id);
        chart.setAnimated(false);
        // The names in the legend, the figures in the tooltips: slice labels overlap on small slices.
        chart.setLegendSide(Side.BOTTOM);
        chart.setLabelsVisible(false);
        chart.setPrefHeight(HEIGHT);
        // Beside a tall list of partners a pie would grow as tall: it keeps its size at the top of its card.
        chart.setMaxHeight(HEIGHT + 60);
        return chart;
    }

    /** Height of a chart over the years: two side by side and a row of figures fit a laptop's screen. */
    static final double HEIGHT = 300;
    /** Height per category of horizontal bars: room for a line of Lao, whose letters stand taller, so no name is skipped. */
    static final double ROW = 32;

    private static <X, Y> XYChart<X, Y> prepared(XYChart<X, Y> chart, String id) {
        chart.setId(id);
        chart.setPrefHeight(HEIGHT);
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        if (chart instanceof BarChart<?, ?> bars) {
            bars.setCategoryGap(6);
            bars.setBarGap(1);
        } else if (chart instanceof StackedBarChart<?, ?> bars) {
            bars.setCategoryGap(6);
        }
        return chart;
    }

    /** A series named {@code name} of the values {@code value} gives, each with a tooltip of {@code tip}. */
    static <T> XYChart.Series<String, Number> columnSeries(String name, List<T> items, Function<T, String> category,
            Function<T, Number> value, Function<T, String> tip) {
        return series(name, items, item -> new XYChart.Data<>(category.apply(item), value.apply(item)), tip);
    }

    /** The same for horizontal bars: the value along, the category across. */
    static <T> XYChart.Series<Number, String> rowSeries(String name, List<T> items, Function<T, String> category,
            Function<T, Number> value, Function<T, String> tip) {
        return series(name, items, item -> new XYChart.Data<>(value.apply(item), category.apply(item)), tip);
    }

    private static <T, X, Y> XYChart.Series<X, Y> series(String name, List<T> items, Function<T, XYChart.Data<X, Y>> data,
            Function<T, String> tip) {
        XYChart.Series<X, Y> series = new XYChart.Series<>();
        series.setName(name);
        for (T item : items) {
            XYChart.Data<X, Y> point = data.apply(item);
            tooltip(point.nodeProperty(), tip.apply(item));
            series.getData().add(point);
        }
        return series;
    }

    static PieChart.Data slice(String name, double value, String tip) {
        PieChart.Data data = new PieChart.Data(name, value);
        tooltip(data.nodeProperty(), tip);
        return data;
    }

    /** A name short enough for an axis: cut with an ellipsis after {@link #NAME_LENGTH} characters. */
    static String shortName(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }

    /** Gives the node of a bar or slice, once the chart makes it, a tooltip of {@code tip}. */
    private static void tooltip(ReadOnlyObjectProperty<Node> node, String tip) {
        node.addListener((o, old, now) -> {
            if (now != null) {
                Tooltip.install(now, LaoText.tooltip(tip));
            }
        });
    }
}
