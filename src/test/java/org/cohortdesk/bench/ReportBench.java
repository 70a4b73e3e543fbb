package org.cohortdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.report.AnnualReport;
import org.cohortdesk.service.report.ReportFigures;
import org.cohortdesk.service.report.ReportService;
import org.cohortdesk.store.DataFolder;

/**
 * The dashboard's figures and the annual report on a large dataset, in this JVM: the figures of
 * every year (what the Reports page reads first with "All years") and of one year (what it reads by
 * default), then the annual report of that year written as XLSX and PDF, {@code rounds} times each;
 * prints each one's median. Arguments: {@code DATA_DIR [rounds] [year]}; run from the project folder
 * after {@code mvn package}. See docs/performance.md.
 */
public final class ReportBench {
    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        String data = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int year = args.length > 2 ? Integer.parseInt(args[2]) : LocalDate.now().getYear() - 1;
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(data)), null, Clock.systemDefaultZone())) {
            ReportService reports = workspace.services().reports();
            ReportFigures all = Median.of("figures-all-years", rounds, () -> reports.figures(null));
            System.out.printf("trainees-all-years: %d in %d years%n", all.totals().counts().trainees(), all.years().size());
            ReportFigures one = Median.of("figures-" + year, rounds, () -> reports.figures(year));
            System.out.printf("trainees-%d: %d%n", year, one.totals().counts().trainees());
            Localization tr = new Localization(Language.VI);
            Path folder = java.nio.file.Files.createTempDirectory("report-bench");
            AnnualReport annual = new AnnualReport(reports);
            Median.of("annual-xlsx", rounds, () -> annual.write(year, PrintFormat.XLSX, tr, "Học viện", folder.resolve("r.xlsx")));
            Median.of("annual-pdf", rounds, () -> annual.write(year, PrintFormat.PDF, tr, "Học viện", folder.resolve("r.pdf")));
        }
    }
}
