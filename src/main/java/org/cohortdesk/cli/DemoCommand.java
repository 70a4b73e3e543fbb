package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
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
        DemoDataService.Loaded loaded = workspace.services().demo().load(years, seed, progressTo(err, tr));
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

    /** Each new step on stderr when a person is watching (a console); nothing when a script reads the output. */
    private static Consumer<DemoDataService.Progress> progressTo(PrintWriter err, Localization tr) {
        if (System.console() == null) {
            return progress -> { };
        }
        String[] last = {""};
        return progress -> {
            if (!progress.stepKey().equals(last[0])) {
                last[0] = progress.stepKey();
                err.printf("%3d%%  %s%n", Math.round(progress.fraction() * 100), tr.tr(progress.stepKey()));
            }
        };
    }
}
