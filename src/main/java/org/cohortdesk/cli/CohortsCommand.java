package org.cohortdesk.cli;

import java.io.PrintWriter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.service.Workspace;
import picocli.CommandLine.Command;

@Command(name = "cohorts", mixinStandardHelpOptions = true,
        description = {"List the cohorts, tab-separated, header line first: code, course, start, end, size, status.",
            "Dates are yyyy-mm-dd; size counts trainees not withdrawn; the course title is in the --lang language."})
final class CohortsCommand extends WorkspaceCommand {
    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        out.println(Tsv.row("code", "course", "start", "end", "size", "status"));
        for (CohortSummary c : workspace.services().cohorts().summaries()) {
            out.println(Tsv.row(c.code(), c.courseTitle(tr.language().tag()), c.startsOn(), c.endsOn(), c.enrolled(), c.status()));
        }
        return 0;
    }
}
