package org.cohortdesk.ui.report;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Side;
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

    /** Horizontal bars, a category per row (fields, partners, provinces), stacked. */
    static XYChart<Number, String> rows(String id) {
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        x.setSide(Side.BOTTOM);
        CategoryAxis y = new CategoryAxis();
        XYChart<Number, String> chart = new StackedBarChart<>(x, y);
        return prepared(chart, id);
    }

    static PieChart pie(String id) {
        PieChart chart = new PieChart();
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setLabelsVisible(true);
        chart.setPrefHeight(HEIGHT);
        return chart;
    }

    /** Height of a chart over the years: two side by side and a row of figures fit a laptop's screen. */
    static final double HEIGHT = 300;

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
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (T item : items) {
            XYChart.Data<String, Number> data = new XYChart.Data<>(category.apply(item), value.apply(item));
            tooltip(data, tip.apply(item));
            series.getData().add(data);
        }
        return series;
    }

    /** The same for horizontal bars: the value along, the category across. */
    static <T> XYChart.Series<Number, String> rowSeries(String name, List<T> items, Function<T, String> category,
            Function<T, Number> value, Function<T, String> tip) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        for (T item : items) {
            XYChart.Data<Number, String> data = new XYChart.Data<>(value.apply(item), category.apply(item));
            tooltip(data, tip.apply(item));
            series.getData().add(data);
        }
        return series;
    }

    static PieChart.Data slice(String name, double value, String tip) {
        PieChart.Data data = new PieChart.Data(name, value);
        data.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                Tooltip.install(node, LaoText.tooltip(tip));
            }
        });
        return data;
    }

    /** A name short enough for an axis: cut with an ellipsis after {@link #NAME_LENGTH} characters. */
    static String shortName(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }

    private static void tooltip(XYChart.Data<?, ?> data, String tip) {
        data.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                Tooltip.install(node, LaoText.tooltip(tip));
            }
        });
    }
}
