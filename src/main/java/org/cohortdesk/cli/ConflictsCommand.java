package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Severity;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.schedule.Conflict;
import org.cohortdesk.service.schedule.Conflicts;
import org.cohortdesk.service.schedule.ScheduleLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Clashes in the timetable, one a line (tab-separated): date, time, cohort, error or warning, what.",
            "Errors: a room, lecturer or interpreter in two overlapping sessions; a session outside its cohort's dates;",
            "trainees enrolled in two cohorts whose sessions overlap. Warnings: a session on a Saturday, a Sunday or a",
            "public holiday (of Vietnam or of the trainees' country). Cancelled cohorts are left out.",
            "Exit 1 if there is any error; warnings alone are printed and exit 0. An unknown cohort: exit 1."})
final class ConflictsCommand extends WorkspaceCommand {
    @Option(names = "--cohort", paramLabel = "CODE", description = "Only the clashes that involve a session of this cohort.")
    String cohort;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        Conflicts conflicts = workspace.services().conflicts();
        List<Conflict> found;
        try {
            found = cohort == null ? conflicts.all() : conflicts.ofCohort(cohort.strip());
        } catch (ProblemException refused) {
            err.println(tr.tr(refused.problem()));
            return 1;
        }
        for (Conflict c : found) {
            out.println(Tsv.row(tr.date(c.first().startsAt().toLocalDate()), Conflicts.times(c.first()), c.first().cohortCode(),
                    tr.tr(ScheduleLabels.severity(c.severity())), tr.tr(c.message())));
        }
        long errors = found.stream().filter(c -> c.severity() == Severity.ERROR).count();
        (errors > 0 ? err : out).println(tr.tr("cli.conflicts.summary", errors, found.size() - errors));
        return errors > 0 ? 1 : 0;
    }
}
