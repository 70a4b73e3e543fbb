package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.DatabaseCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "copy-to-server", mixinStandardHelpOptions = true,
        description = {"Copy everything in the data folder's own database onto a PostgreSQL server, for an office that moves to one",
            "(docs/shared-server.md). The server's database must be empty: its tables are made as on a first start.",
            "All of it is copied in one transaction, or nothing. The data folder is left as it is."})
final class CopyToServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL",
            description = "The server's database, as for --db: jdbc:postgresql://SERVER/cohortdesk?user=cohortdesk (password: ~/.pgpass or $PGPASSWORD).")
    String to;

    @Override
    public Integer call() {
        CohortDeskCommand root = (CohortDeskCommand) spec.root().userObject();
        Localization tr = root.localization();
        PrintWriter out = spec.commandLine().getOut();
        if (root.dbUrl() != null && !root.dbUrl().isBlank()) {
            spec.commandLine().getErr().println(tr.tr("cli.copy.no_db"));
            return 2;
        }
        try (Workspace source = root.openFolderWorkspace()) {
            List<DatabaseCopy.Copied> copied = source.copyTo(to, table -> out.println(tr.tr("copy.table", table.table(), table.rows())));
            out.println(tr.tr("cli.copy.done", DatabaseCopy.rows(copied), copied.size(), source.database().description(), Database.redact(to)));
        }
        return 0;
    }
}
