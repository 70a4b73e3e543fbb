package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.audit.AuditLog;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit log of a person or a cohort, newest first. Tab-separated, header first:",
            "when (local time), who (the operating-system user), action, entity, trainee, what (in the --lang language)."})
final class AuditCommand extends WorkspaceCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final class Of {
        @Option(names = "--person", paramLabel = "ID", description = "The person's id (as 'people find' prints it).")
        UUID person;

        @Option(names = "--cohort", paramLabel = "CODE", description = "The cohort's code, e.g. LAO-2026-03.")
        String cohort;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Of of;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        AuditLog log = workspace.services().auditLog();
        List<AuditLog.Line> lines = of.person != null ? log.ofPerson(of.person) : log.ofCohort(of.cohort);
        out.println(Tsv.row("when", "who", "action", "entity", "trainee", "what"));
        ZoneId zone = ZoneId.systemDefault();
        for (AuditLog.Line l : lines) {
            out.println(Tsv.row(WHEN.format(l.at().atZone(zone)), l.who(), l.action(), l.entity(), l.subject(), tr.tr(l.what())));
        }
        return 0;
    }
}
