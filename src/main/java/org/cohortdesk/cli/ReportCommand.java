package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.report.AnnualReport;
import org.cohortdesk.service.report.ReportFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports of the officials trained, for the yearly review of the cooperation plan.",
        subcommands = {ReportCommand.Annual.class})
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: annual");
    }

    @Command(name = "annual", mixinStandardHelpOptions = true,
            description = {"The annual report of a year, as XLSX (a sheet per table) or PDF (A4), in the language of --lang:",
                "a summary (cohorts, trainees, people, women, men, attendance and completion rates), the years up to it,",
                "the trainees by field, partner, country and province (each by sex), and the agreements' planned against actual.",
                "Trained in a year: enrolled as arrived or completed in a cohort, not cancelled, whose last day is in that year.",
                "A year outside 1900-2200 or an unknown format: exit 2; a file that cannot be written: exit 1."})
    static final class Annual extends WorkspaceCommand {
        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year, e.g. 2025.")
        int year;

        @Option(names = "--format", paramLabel = "xlsx|pdf", description = "xlsx or pdf (default: from the --out file's extension).")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx or .pdf file to write; an existing one is replaced.")
        Path out;

        @Option(names = "--academy", paramLabel = "NAME", description = "The institution named on top, this once (default: the institution profile's name in the report's language; see `institution`).")
        String academy;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter stdout, PrintWriter err) {
            Optional<PrintFormat> chosen = format == null ? PrintFormat.ofFile(out) : PrintFormat.named(format);
            if (chosen.isEmpty()) {
                err.println(format == null ? tr.tr("signin.cli.format_missing", out) : tr.tr("signin.cli.format_unknown", format));
                return 2;
            }
            String institution = academy == null || academy.isBlank() ? workspace.services().institution().reportName(tr) : academy.strip();
            try {
                ReportFigures figures = new AnnualReport(workspace.services().reports()).write(year, chosen.get(), tr, institution, out);
                stdout.println(tr.tr("report.done", out.toAbsolutePath(), String.valueOf(year), figures.totals().counts().trainees(),
                        figures.totals().counts().cohorts()));
                return 0;
            } catch (ProblemException problem) {
                err.println(tr.tr(problem.problem()));
                return problem.problem().key().equals("error.report.year") ? 2 : 1;
            }
        }
    }
}
