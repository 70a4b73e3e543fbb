package org.cohortdesk.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.report.ReportFigures;
import org.cohortdesk.service.report.ReportFigures.Counts;
import org.cohortdesk.service.report.ReportFigures.Group;
import org.cohortdesk.service.report.ReportFigures.PlanLine;
import org.cohortdesk.service.report.ReportFigures.YearTotals;
import org.cohortdesk.service.report.ReportLabels;
import org.cohortdesk.service.report.ReportLabels.Breakdown;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.export.SaveFile;

/**
 * The Reports page: a year selector (or every year), the year's figures as tiles, charts of the
 * trainees per year, by field, partner, country, province and sex, the attendance and completion
 * rates, the agreements' planned against actual; every bar and slice tells its figure in a
 * tooltip. The annual report of the year chosen is saved from here as XLSX or PDF.
 */
public final class DashboardView extends VBox implements PageView, Refreshable {
    public static final String YEAR_ID = "reportYear";
    public static final String REPORT_ID = "annualReport";
    public static final String STATUS_ID = "reportStatus";

    private final DashboardViewModel model;
    private final Localization tr;
    private final ComboBox<YearChoice> year = new ComboBox<>();
    private final Label status = new Label();
    private final FlowPane tiles = new FlowPane(8, 8);
    private final XYChart<String, Number> trainees = DashboardCharts.columns("chartTrainees", true);
    private final XYChart<String, Number> cohorts = DashboardCharts.columns("chartCohorts", false);
    private final XYChart<String, Number> rates = DashboardCharts.columns("chartRates", false);
    private final XYChart<Number, String> plans = DashboardCharts.rows("chartPlans", false);
    private final XYChart<Number, String> fields = DashboardCharts.rows("chartFields", true);
    private final XYChart<Number, String> partners = DashboardCharts.rows("chartPartners", true);
    private final XYChart<Number, String> provinces = DashboardCharts.rows("chartProvinces", true);
    private final PieChart countries = DashboardCharts.pie("chartCountries");
    private final PieChart sexes = DashboardCharts.pie("chartSexes");

    /** {@code saveFile} asks where to save the report; {@code owner} is the window its dialog belongs to. */
    public DashboardView(DashboardViewModel model, SaveFile saveFile, Supplier<Window> owner) {
        super(12);
        this.model = model;
        this.tr = model.localization();
        getStyleClass().add(Styles.PAGE);

        year.setId(YEAR_ID);
        year.setItems(model.years());
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearChoice choice) {
                return choice == null ? "" : choice.label(tr);
            }

            @Override
            public YearChoice fromString(String text) {
                return null;
            }
        });
        year.valueProperty().bindBidirectional(model.yearProperty());
        MenuButton report = Toolbars.menu(tr.tr("report.annual.button"), REPORT_ID, tr.tr("report.annual.tooltip"), List.of(
                Toolbars.item(tr.tr("report.annual.xlsx"), "annualReportXlsx", () -> save(PrintFormat.XLSX, saveFile, owner)),
                Toolbars.item(tr.tr("report.annual.pdf"), "annualReportPdf", () -> save(PrintFormat.PDF, saveFile, owner))));
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.MUTED);
        LaoText.follow(status, model.statusProperty());
        HBox toolbar = new HBox(12, LaoText.label(tr.tr("report.year")), year, report, status);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        trainees.setTitle(tr.tr("report.chart.trainees"));
        cohorts.setTitle(tr.tr("report.chart.cohorts"));
        rates.setTitle(tr.tr("report.chart.rates"));
        fields.setTitle(tr.tr(Breakdown.FIELD.key()));
        partners.setTitle(tr.tr(Breakdown.PARTNER.key()));
        provinces.setTitle(tr.tr(Breakdown.PROVINCE.key()));
        countries.setTitle(tr.tr(Breakdown.COUNTRY.key()));
        sexes.setTitle(tr.tr("report.chart.sex"));
        plans.setTitle(tr.tr("report.chart.plans"));

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().setAll(half, half);
        List<Node> cards = List.of(card(trainees), card(cohorts), card(rates), card(plans), card(fields), card(sexes), card(partners),
                card(countries), card(provinces));
        for (int i = 0; i < cards.size(); i++) {
            charts.add(cards.get(i), i % 2, i / 2);
        }
        tiles.getStyleClass().add(Styles.REPORT_TILES);
        VBox body = new VBox(12, tiles, charts);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(Page.header(tr.tr("nav.reports"), tr.tr("report.dashboard.subtitle")), toolbar, scroll);

        model.figuresProperty().addListener((o, old, now) -> show(now));
        show(model.figuresProperty().get());
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public Node initialFocus() {
        return year;
    }

    private void save(PrintFormat format, SaveFile saveFile, Supplier<Window> owner) {
        String filter = format == PrintFormat.PDF ? tr.tr("report.file.pdf") : tr.tr("report.file.xlsx");
        Optional<Path> file = saveFile.choose(owner.get(), tr.tr("report.annual.save_title"), filter, format.extension(), model.reportFileName());
        file.ifPresent(f -> model.writeReport(format, f));
    }

    private static Node card(Node chart) {
        VBox card = new VBox(chart);
        card.getStyleClass().addAll(Styles.CARD, Styles.REPORT_CHART);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return card;
    }

    private void show(ReportFigures figures) {
        if (figures == null) {
            return;
        }
        showTiles(figures);
        List<YearTotals> years = figures.years();
        List<String> yearNames = years.stream().map(y -> String.valueOf(y.year())).toList();
        List<XYChart.Series<String, Number>> bySex = new ArrayList<>(List.of(
                DashboardCharts.columnSeries(tr.tr("report.women"), years, y -> String.valueOf(y.year()), y -> y.totals().counts().women(),
                        y -> countsTip(String.valueOf(y.year()), y.totals().counts())),
                DashboardCharts.columnSeries(tr.tr("report.men"), years, y -> String.valueOf(y.year()), y -> y.totals().counts().men(),
                        y -> countsTip(String.valueOf(y.year()), y.totals().counts()))));
        if (years.stream().anyMatch(y -> y.totals().counts().unknownSex() > 0)) {
            bySex.add(DashboardCharts.columnSeries(tr.tr("report.sex_unknown"), years, y -> String.valueOf(y.year()),
                    y -> y.totals().counts().unknownSex(), y -> countsTip(String.valueOf(y.year()), y.totals().counts())));
        }
        fill(trainees, yearNames, bySex);
        fill(cohorts, yearNames, List.of(DashboardCharts.columnSeries(tr.tr("report.cohorts"), years, y -> String.valueOf(y.year()),
                y -> y.totals().counts().cohorts(), y -> tr.tr("report.tip.cohorts", String.valueOf(y.year()), y.totals().counts().cohorts()))));
        List<YearTotals> rated = years.stream().filter(y -> y.totals().attendanceRate() != null || y.totals().completionRate() != null).toList();
        fill(rates, rated.stream().map(y -> String.valueOf(y.year())).toList(), List.of(
                DashboardCharts.columnSeries(tr.tr("report.attendance_rate"), rated, y -> String.valueOf(y.year()),
                        y -> orZero(y.totals().attendanceRate()), y -> ratesTip(y)),
                DashboardCharts.columnSeries(tr.tr("report.completion_rate"), rated, y -> String.valueOf(y.year()),
                        y -> orZero(y.totals().completionRate()), y -> ratesTip(y))));
        showPlans(figures);
        showGroups(fields, Breakdown.FIELD, figures.byField());
        showGroups(partners, Breakdown.PARTNER, figures.byPartner());
        showGroups(provinces, Breakdown.PROVINCE, figures.byProvince());
        countries.setData(FXCollections.observableArrayList(figures.byCountry().stream()
                .map(g -> DashboardCharts.slice(ReportLabels.name(Breakdown.COUNTRY, g, tr), g.counts().trainees(),
                        countsTip(ReportLabels.name(Breakdown.COUNTRY, g, tr), g.counts())))
                .toList()));
        Counts total = figures.totals().counts();
        List<PieChart.Data> slices = new ArrayList<>();
        slices.add(DashboardCharts.slice(tr.tr("report.women"), total.women(), tr.tr("report.tip.share", tr.tr("report.women"), total.women(),
                total.trainees())));
        slices.add(DashboardCharts.slice(tr.tr("report.men"), total.men(), tr.tr("report.tip.share", tr.tr("report.men"), total.men(),
                total.trainees())));
        if (total.unknownSex() > 0) {
            slices.add(DashboardCharts.slice(tr.tr("report.sex_unknown"), total.unknownSex(),
                    tr.tr("report.tip.share", tr.tr("report.sex_unknown"), total.unknownSex(), total.trainees())));
        }
        sexes.setData(FXCollections.observableArrayList(total.trainees() == 0 ? List.of() : slices));
    }

    private void showTiles(ReportFigures figures) {
        Counts c = figures.totals().counts();
        tiles.getChildren().setAll(
                tile("reportCohorts", "report.cohorts", tr.tr("report.count", c.cohorts())),
                tile("reportTrainees", "report.trainees", tr.tr("report.count", c.trainees())),
                tile("reportPeople", "report.people", tr.tr("report.count", c.people())),
                tile("reportWomen", "report.women", tr.tr("report.count", c.women())),
                tile("reportMen", "report.men", tr.tr("report.count", c.men())),
                tile("reportAttendance", "report.attendance_rate", ReportLabels.percentText(figures.totals().attendanceRate(), tr)),
                tile("reportCompletion", "report.completion_rate", ReportLabels.percentText(figures.totals().completionRate(), tr)));
    }

    private Node tile(String id, String captionKey, String value) {
        Label figure = LaoText.label(value, Styles.REPORT_FIGURE);
        figure.setId(id);
        VBox tile = new VBox(2, figure, LaoText.label(tr.tr(captionKey), Styles.MUTED));
        tile.getStyleClass().addAll(Styles.CARD, Styles.REPORT_TILE);
        return tile;
    }

    /**
     * Planned against actual trainees: the annual plans of the year chosen, one bar pair each (the
     * memoranda when the year has no plan); for every year, the annual plans added up by the year they start.
     */
    private void showPlans(ReportFigures figures) {
        List<PlanLine> annual = figures.agreements().stream().filter(p -> p.kind() == AgreementKind.ANNUAL_PLAN).toList();
        List<PlanLine> shown;
        Function<PlanLine, String> category;
        if (figures.year() == null) {
            shown = annual.stream().collect(Collectors.groupingBy(p -> p.startsOn().getYear())).entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> new PlanLine(String.valueOf(e.getKey()), "", AgreementKind.ANNUAL_PLAN, null, null,
                            e.getValue().stream().mapToInt(p -> p.plannedCohorts() == null ? 0 : p.plannedCohorts()).sum(),
                            e.getValue().stream().mapToInt(PlanLine::actualCohorts).sum(),
                            e.getValue().stream().mapToInt(p -> p.plannedTrainees() == null ? 0 : p.plannedTrainees()).sum(),
                            e.getValue().stream().mapToInt(PlanLine::actualTrainees).sum()))
                    .toList();
            category = PlanLine::title;
        } else {
            shown = annual.isEmpty() ? figures.agreements() : annual;
            category = p -> DashboardCharts.shortName(p.partner());
        }
        // The axis lists its first category at the bottom: the first plan goes on top.
        List<PlanLine> upward = new ArrayList<>(shown);
        Collections.reverse(upward);
        fillRows(plans, upward.stream().map(category).distinct().toList(), List.of(
                DashboardCharts.rowSeries(tr.tr("report.planned"), upward, category, p -> p.plannedTrainees() == null ? 0 : p.plannedTrainees(),
                        this::planTip),
                DashboardCharts.rowSeries(tr.tr("report.actual"), upward, category, PlanLine::actualTrainees, this::planTip)));
        plans.setPrefHeight(Math.max(DashboardCharts.HEIGHT, DashboardCharts.ROW * shown.size() + 110));
    }

    private void showGroups(XYChart<Number, String> chart, Breakdown breakdown, List<Group> groups) {
        // The axis lists its first category at the bottom: the largest group goes last, on top.
        List<Group> upward = new ArrayList<>(groups);
        Collections.reverse(upward);
        Function<Group, String> name = g -> DashboardCharts.shortName(ReportLabels.name(breakdown, g, tr));
        Function<Group, String> tip = g -> countsTip(ReportLabels.name(breakdown, g, tr), g.counts());
        fillRows(chart, upward.stream().map(name).distinct().toList(), List.of(
                DashboardCharts.rowSeries(tr.tr("report.women"), upward, name, g -> g.counts().women(), tip),
                DashboardCharts.rowSeries(tr.tr("report.men"), upward, name, g -> g.counts().men(), tip)));
        chart.setPrefHeight(Math.max(DashboardCharts.HEIGHT, DashboardCharts.ROW * groups.size() + 110));
    }

    private static void fillRows(XYChart<Number, String> chart, List<String> categories, List<XYChart.Series<Number, String>> series) {
        fill(chart, (CategoryAxis) chart.getYAxis(), categories, series);
    }

    private static void fill(XYChart<String, Number> chart, List<String> categories, List<XYChart.Series<String, Number>> series) {
        fill(chart, (CategoryAxis) chart.getXAxis(), categories, series);
    }

    /** The categories set first and the series after: a category axis left to find them keeps stale ones when the data changes. */
    private static <X, Y> void fill(XYChart<X, Y> chart, CategoryAxis axis, List<String> categories, List<XYChart.Series<X, Y>> series) {
        chart.getData().clear();
        axis.setCategories(FXCollections.observableArrayList(categories));
        chart.getData().setAll(series);
    }

    private String countsTip(String name, Counts c) {
        return tr.tr("report.tip.counts", name, c.trainees(), c.women(), c.men(), c.cohorts());
    }

    private String ratesTip(YearTotals y) {
        return tr.tr("report.tip.rates", String.valueOf(y.year()), ReportLabels.percentText(y.totals().attendanceRate(), tr),
                ReportLabels.percentText(y.totals().completionRate(), tr));
    }

    private String planTip(PlanLine p) {
        return tr.tr("report.tip.plan", p.title(), p.actualTrainees(), p.plannedTrainees() == null ? "–" : p.plannedTrainees(),
                p.actualCohorts(), p.plannedCohorts() == null ? "–" : p.plannedCohorts());
    }

    private static double orZero(Double rate) {
        return rate == null ? 0 : rate;
    }
}
