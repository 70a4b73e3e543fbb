package org.cohortdesk.service.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.report.ReportFigures.Counts;
import org.cohortdesk.service.report.ReportFigures.Group;
import org.cohortdesk.service.report.ReportFigures.PlanLine;
import org.cohortdesk.service.report.ReportFigures.Totals;
import org.cohortdesk.service.report.ReportFigures.YearTotals;
import org.cohortdesk.service.report.ReportLabels.Breakdown;
import org.cohortdesk.service.spreadsheet.Spreadsheets;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.service.spreadsheet.Table.CellKind;
import org.cohortdesk.service.spreadsheet.Table.Column;

/**
 * The annual report for the yearly review of the cooperation plan: how many officials were trained,
 * from which partners, countries and provinces, in which fields, by sex; the attendance and
 * completion rates; the agreements' planned against actual numbers. As an XLSX workbook (a sheet
 * per table) or an A4 PDF (the tables one after another under the academy's name and the year).
 */
public final class AnnualReport {
    private final ReportService reports;

    public AnnualReport(ReportService reports) {
        this.reports = reports;
    }

    /**
     * Counts the figures of {@code year} (every year when null) and writes them to {@code file} in
     * {@code format}, in {@code tr}'s language, under the name {@code academy}; returns the figures.
     * Refused as {@link ReportService#figures} refuses, and as {@link ExportService#write} when the
     * file cannot be written (nothing is left half-written).
     */
    public ReportFigures write(Integer year, PrintFormat format, Localization tr, String academy, Path file) {
        ReportFigures figures = reports.figures(year);
        List<Table> tables = tables(figures, tr, academy);
        ExportService.toFile(file, out -> {
            if (format == PrintFormat.XLSX) {
                Spreadsheets.writeXlsx(tables, out);
            } else {
                AnnualReportPdf.write(title(figures, tr), academy, tr, tables, out);
            }
        });
        return figures;
    }

    /** "Annual report 2025: trainees of foreign cooperation", or its all-years form. */
    public static String title(ReportFigures figures, Localization tr) {
        return figures.year() == null ? tr.tr("report.title.all_years") : tr.tr("report.title", String.valueOf(figures.year()));
    }

    /** The report's tables in order: summary, years, by field, partner, country, province, agreements; titled in {@code tr}'s language. */
    public static List<Table> tables(ReportFigures figures, Localization tr, String academy) {
        List<Table> tables = new ArrayList<>();
        tables.add(summary(figures, tr, academy));
        tables.add(years(figures, tr));
        tables.add(breakdown(Breakdown.FIELD, figures.byField(), figures.totals().counts(), tr));
        tables.add(breakdown(Breakdown.PARTNER, figures.byPartner(), figures.totals().counts(), tr));
        tables.add(breakdown(Breakdown.COUNTRY, figures.byCountry(), figures.totals().counts(), tr));
        tables.add(breakdown(Breakdown.PROVINCE, figures.byProvince(), figures.totals().counts(), tr));
        tables.add(agreements(figures, tr));
        return tables;
    }

    private static Table summary(ReportFigures figures, Localization tr, String academy) {
        Totals t = figures.totals();
        Counts c = t.counts();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(tr.tr("report.academy"), academy));
        rows.add(Arrays.asList(tr.tr("report.year"), ReportLabels.year(figures.year(), tr)));
        rows.add(Arrays.asList(tr.tr("report.as_of"), figures.asOf().toLocalDate()));
        rows.add(Arrays.asList(tr.tr("report.cohorts"), c.cohorts()));
        rows.add(Arrays.asList(tr.tr("report.trainees"), c.trainees()));
        rows.add(Arrays.asList(tr.tr("report.people"), c.people()));
        rows.add(Arrays.asList(tr.tr("report.women"), c.women()));
        rows.add(Arrays.asList(tr.tr("report.men"), c.men()));
        rows.add(Arrays.asList(tr.tr("report.sex_unknown"), c.unknownSex()));
        rows.add(Arrays.asList(tr.tr("report.attendance_rate"), ReportLabels.percent(t.attendanceRate())));
        rows.add(Arrays.asList(tr.tr("report.completion_rate"), ReportLabels.percent(t.completionRate())));
        return new Table(tr.tr("report.sheet.summary"),
                List.of(new Column(tr.tr("report.column.figure"), CellKind.TEXT), new Column(tr.tr("report.column.value"), CellKind.TEXT)), rows);
    }

    /** Every year up to the one chosen, for the trend. */
    private static Table years(ReportFigures figures, Localization tr) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearTotals y : figures.years()) {
            if (figures.year() != null && y.year() > figures.year()) {
                continue;
            }
            Counts c = y.totals().counts();
            rows.add(Arrays.asList(y.year(), c.cohorts(), c.trainees(), c.people(), c.women(), c.men(),
                    ReportLabels.percent(y.totals().attendanceRate()), ReportLabels.percent(y.totals().completionRate())));
        }
        return new Table(tr.tr("report.sheet.years"), List.of(
                new Column(tr.tr("report.year"), CellKind.NUMBER), number(tr, "report.cohorts"), number(tr, "report.trainees"),
                number(tr, "report.people"), number(tr, "report.women"), number(tr, "report.men"),
                number(tr, "report.attendance_rate"), number(tr, "report.completion_rate")), rows);
    }

    /** One row per group, most trainees first, and a last row of the totals (cohorts counted once). */
    private static Table breakdown(Breakdown breakdown, List<Group> groups, Counts total, Localization tr) {
        List<List<Object>> rows = new ArrayList<>();
        for (Group g : groups) {
            rows.add(countsRow(ReportLabels.name(breakdown, g, tr), g.counts()));
        }
        rows.add(countsRow(tr.tr("report.total"), total));
        return new Table(tr.tr(breakdown.key()), List.of(new Column(tr.tr(breakdown.columnKey()), CellKind.TEXT),
                number(tr, "report.cohorts"), number(tr, "report.trainees"), number(tr, "report.women"), number(tr, "report.men")), rows);
    }

    private static List<Object> countsRow(String name, Counts c) {
        return Arrays.asList(name, c.cohorts(), c.trainees(), c.women(), c.men());
    }

    private static Table agreements(ReportFigures figures, Localization tr) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanLine p : figures.agreements()) {
            rows.add(Arrays.asList(p.title(), p.partner(), tr.tr(p.kind()), p.startsOn(), p.endsOn(), p.plannedCohorts(), p.actualCohorts(),
                    p.plannedTrainees(), p.actualTrainees()));
        }
        return new Table(tr.tr("report.sheet.agreements"), List.of(
                new Column(tr.tr("report.column.agreement"), CellKind.TEXT), new Column(tr.tr("report.column.partner"), CellKind.TEXT),
                new Column(tr.tr("report.column.kind"), CellKind.TEXT), new Column(tr.tr("report.column.start"), CellKind.DATE),
                new Column(tr.tr("report.column.end"), CellKind.DATE), number(tr, "report.column.planned_cohorts"),
                number(tr, "report.column.actual_cohorts"), number(tr, "report.column.planned_trainees"),
                number(tr, "report.column.actual_trainees")), rows);
    }

    private static Column number(Localization tr, String key) {
        return new Column(tr.tr(key), CellKind.NUMBER);
    }
}
