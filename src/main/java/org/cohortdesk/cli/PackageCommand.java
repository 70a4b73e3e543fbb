package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.service.exchange.FieldLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Exchange a cohort's data with another institution through one file (.cohortdesk), with no network."},
        subcommands = {PackageCommand.Export.class, PackageCommand.Import.class, PackageCommand.Conflicts.class, PackageCommand.Name.class})
final class PackageCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: export, import or conflicts");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a cohort to a package: its course and modules, partner, agreement, people, enrollments, sessions",
                "(with study visits, rooms, lecturers, interpreters) and attendance, with this institution's id and a checksum."})
    static final class Export extends WorkspaceCommand {
        @Mixin
        CohortOption cohort;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package to write, e.g. LAO-2026-03.cohortdesk.")
        Path out;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter stdout, PrintWriter err) {
            if (!cohort.given(tr, err)) {
                return 2;
            }
            ExchangeService.Exported done = workspace.services().exchange().export(cohort.code, out);
            stdout.println(tr.tr("cli.package.exported", done.file(), done.cohortCode(), done.rows()));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Merge a package from another institution by UUID, in one transaction: new rows are added; a row changed",
                "on one side only since the last exchange takes that side; a row deleted there and unchanged here is deleted here;",
                "a row changed on both sides, or deleted on one and changed on the other, is a conflict, listed here",
                "(exit 1) and resolved in the window; nothing is overwritten. The same package twice changes nothing.",
                "A damaged, truncated or newer package is refused (exit 1) and nothing changes."})
    static final class Import extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The package (.cohortdesk).")
        Path file;

        @Option(names = "--dry-run", description = "Work out what the import would do, print it, save nothing.")
        boolean dryRun;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            ExchangeService.Imported done = workspace.services().exchange().importPackage(file, dryRun,
                    () -> workspace.backups().beforeImport());
            out.println(tr.tr("cli.package.imported", done.cohortCode(), peer(done.peerId(), done.peerName()), done.added(), done.updated(),
                    done.unchanged(), done.keptMine(), done.conflicts().size()));
            if (done.deleted() > 0) {
                out.println(tr.tr("exchange.deletions.imported", done.deleted()));
            }
            print(tr, err, done.conflicts());
            if (dryRun) {
                out.println(tr.tr("cli.import.dry_run"));
            }
            return done.conflicts().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true,
            description = {"List the rows that imported packages left in conflict (exit 1 when there are any)."})
    static final class Conflicts extends WorkspaceCommand {
        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            List<ExchangeService.Conflict> conflicts = workspace.services().exchange().conflicts();
            if (conflicts.isEmpty()) {
                out.println(tr.tr("cli.package.no_conflicts"));
                return 0;
            }
            print(tr, err, conflicts);
            return 1;
        }
    }

    @Command(name = "name", mixinStandardHelpOptions = true,
            description = {"Print this institution's id and name as its packages carry them; with NAME, set the name first",
                "(the other institution then sees it instead of the id). The name is the institution profile's Vietnamese name",
                "(see `institution`); packages carry it, else the English, else the Lao one."})
    static final class Name extends WorkspaceCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The institution's name, e.g. \"Học viện Hành chính Quốc gia\".")
        String name;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            if (name != null) {
                workspace.services().institution().rename(name);
            }
            var me = workspace.services().exchange().institution();
            String carried = workspace.services().institution().profile().packageName();
            out.println(tr.tr("cli.package.institution", me.id(), carried == null ? "" : carried));
            return 0;
        }
    }

    static String peer(java.util.UUID id, String name) {
        return name == null ? id.toString() : name + " (" + id + ")";
    }

    private static void print(Localization tr, PrintWriter err, List<ExchangeService.Conflict> conflicts) {
        for (ExchangeService.Conflict c : conflicts) {
            String kind = FieldLabels.table(tr, c.table());
            if (c.deletedThere() != null) {
                err.println(tr.tr("exchange.deletions.cli_there", kind, c.label(), FieldLabels.peer(c), FieldLabels.when(c.deletedThere())));
            } else if (c.deletedHere() != null) {
                err.println(tr.tr("exchange.deletions.cli_here", kind, c.label(), FieldLabels.when(c.deletedHere()), FieldLabels.peer(c)));
            } else {
                err.println(tr.tr("cli.package.conflict", kind, c.rowId(), c.label()));
            }
            for (ExchangeService.Field f : c.fields()) {
                err.println("  " + tr.tr("cli.package.conflict_field", FieldLabels.field(tr, c.table(), f.column()),
                        f.mine() == null ? "" : f.mine(), f.theirs() == null ? "" : f.theirs()));
            }
        }
    }
}
