package org.cohortdesk.cli;

import java.io.PrintWriter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.demo.DemoDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Fill an EMPTY workspace with a realistic, deterministic sample: partners, courses, cohorts,",
            "people, sessions, attendance, ending with the current year. Refused (exit 1) when the workspace has data.",
            "'demo --years 10' is the reference dataset for performance figures."})
final class DemoCommand extends WorkspaceCommand {
    @Option(names = "--years", defaultValue = "1", description = "Years of data (1-30, default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample (default ${DEFAULT-VALUE}); the same seed gives the same data.")
    long seed;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        if (years < 1 || years > 30) {
            err.println(tr.tr("cli.demo.years_range", years));
            return 2;
        }
        long started = System.nanoTime();
        DemoDataService.Loaded loaded = workspace.services().demo().load(years, seed, progress -> { });
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.println("partners: " + loaded.partners());
        out.println("courses: " + loaded.courses());
        out.println("cohorts: " + loaded.cohorts());
        out.println("people: " + loaded.people());
        out.println("enrollments: " + loaded.enrollments());
        out.println("sessions: " + loaded.sessions());
        out.println("attendance: " + loaded.attendance());
        out.println("elapsed-ms: " + ms);
        return 0;
    }
}
