package org.cohortdesk.cli;

import java.io.PrintWriter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print how much is stored: one 'name: value' line each for partners, agreements, courses, cohorts,"
                + " people, enrollments, sessions, attendance, schema-version.")
final class InfoCommand extends WorkspaceCommand {
    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        workspace.services().integrity().counts().forEach((name, value) -> out.println(name + ": " + value));
        return 0;
    }
}
