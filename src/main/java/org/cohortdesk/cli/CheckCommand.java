package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.Workspace;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the data's integrity (orphans, date order, duplicate marks). Prints each problem on its own line; exit 1 if any.")
final class CheckCommand extends WorkspaceCommand {
    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        List<Problem> problems = workspace.services().integrity().check();
        problems.forEach(p -> out.println(tr.tr(p)));
        if (problems.isEmpty()) {
            out.println(tr.tr("cli.check.ok"));
            return 0;
        }
        err.println(tr.tr("cli.check.failed", problems.size()));
        return 1;
    }
}
