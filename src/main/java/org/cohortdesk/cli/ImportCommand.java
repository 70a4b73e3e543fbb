package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.attendance.AttendanceImport;
import org.cohortdesk.service.nominees.NomineeImport;
import org.cohortdesk.service.roster.ColumnMapping;
import org.cohortdesk.service.roster.PasteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Bring data in from files.",
        subcommands = {ImportCommand.Nominees.class, ImportCommand.Attendance.class})
final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: nominees or attendance");
    }

    @Command(name = "nominees", mixinStandardHelpOptions = true,
            description = {"Add the people of a nominee list (XLSX, ODS or CSV) to a cohort, as nominated.",
                "The header row is found below title rows; columns are matched by their Vietnamese, English or Lao titles.",
                "Prints a summary on stdout and each problem on stderr as FILE:ROW:COLUMN: message (ROW and COLUMN as the sheet shows them).",
                "Each row linked to a person on file (same passport, or same birth date and a similar name) is listed with the reason.",
                "All or nothing: a row with an error refuses the file (exit 1, nothing saved) unless --skip-invalid is given."})
    static final class Nominees extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The nominee list: .xlsx, .ods or .csv (UTF-8, or the Windows code page).")
        Path file;

        @Mixin
        CohortOption cohort;

        @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read (default: the first sheet that is not hidden).")
        String sheet;

        @Option(names = "--dry-run", description = "Read and check the file, print which column goes to which field, save nothing.")
        boolean dryRun;

        @Option(names = "--skip-invalid", description = "Save the rows without errors and leave out the others.")
        boolean skipInvalid;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            if (!cohort.given(tr, err)) {
                return 2;
            }
            NomineeImport imports = new NomineeImport(workspace.services().pastes());
            NomineeImport.Preview preview = imports.preview(file, cohort.code, sheet);
            String name = file.toString();
            preview.rows().notes().forEach(p -> err.println(name + ": " + tr.tr(p)));
            for (PasteRow row : preview.rows().rows()) {
                for (Problem p : row.problems()) {
                    String column = NomineeImport.column(p);
                    err.println(name + ":" + row.row() + ":" + (column == null ? "" : column + ":") + " " + tr.tr(p));
                }
            }
            if (dryRun && preview.rows().columns() != null) {
                out.println(tr.tr("cli.import.columns"));
                for (ColumnMapping.Column c : preview.rows().columns().columns()) {
                    out.println(tr.tr("cli.import.column", c.letter(), c.title(), c.imported() ? tr.tr(c.field()) : tr.tr("paste.mapping.not_imported")));
                }
            }
            out.println(tr.tr("cli.import.summary", preview.read(), preview.accepted(), preview.matched(), preview.refused()));
            for (PasteRow row : preview.rows().rows()) {
                if (row.existing() != null && !row.hasErrors()) {
                    out.println(tr.tr("cli.import.linked", name, row.row(), row.existing().nameLatin(), row.linkedBy()));
                }
            }
            boolean refused = preview.refusedWhole() || (preview.refused() > 0 && !skipInvalid);
            if (refused) {
                err.println(tr.tr("cli.import.refused", preview.refused()));
                return 1;
            }
            if (dryRun) {
                out.println(tr.tr("cli.import.dry_run"));
                return 0;
            }
            workspace.backups().beforeImport();
            int saved = imports.save(preview, skipInvalid);
            out.println(tr.tr("cli.import.saved", saved, preview.rows().cohort().code()));
            return 0;
        }
    }

    @Command(name = "attendance", mixinStandardHelpOptions = true,
            description = {"Read the marks written by hand on XLSX sign-in sheets exported by Cohort Desk (export signin).",
                "A cell of a session's column holds P (present), L (late), E (excused) or A (absent), in any case; a check mark counts as P;",
                "a blank cell changes nothing. The workbook's hidden sheet says which trainee and session each cell is.",
                "Prints a summary on stdout and each problem on stderr as FILE:SHEET!CELL: message.",
                "All or nothing: any problem refuses the file (exit 1, nothing saved); the marks are saved in one transaction.",
                "A cell whose mark differs from the one already stored is a problem unless --replace is given."})
    static final class Attendance extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The filled-in sign-in sheets (.xlsx).")
        Path file;

        @Mixin
        CohortOption cohort;

        @Option(names = "--dry-run", description = "Read and check the file, print the marks it would save, save nothing.")
        boolean dryRun;

        @Option(names = "--replace", description = "Overwrite stored marks that differ from the file's.")
        boolean replace;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            if (!cohort.given(tr, err)) {
                return 2;
            }
            AttendanceImport imports = new AttendanceImport(workspace.services().attendance());
            AttendanceImport.Preview preview = imports.preview(file, cohort.code, replace);
            String name = file.toString();
            for (AttendanceImport.Found f : preview.problems()) {
                err.println(name + ":" + (f.where() == null ? "" : f.where() + ":") + " " + tr.tr(f.problem()));
            }
            if (!preview.refused() || preview.cellsRead() > 0) {
                out.println(tr.tr("cli.attimport.summary", preview.cellsRead(), preview.fresh().size(), preview.changed().size(), preview.unchanged()));
            }
            if (preview.refused()) {
                err.println(tr.tr("error.attimport.refused", preview.problems().size()));
                return 1;
            }
            if (dryRun) {
                for (AttendanceImport.Entry e : java.util.stream.Stream.concat(preview.fresh().stream(), preview.changed().stream()).toList()) {
                    out.println(tr.tr("cli.attimport.change", e.sheet() + "!" + e.cell(), e.person().nameLatin(), e.session().startsAt(),
                            e.before() == null ? "–" : AttendanceImport.letter(e.before()), AttendanceImport.letter(e.after())));
                }
                out.println(tr.tr("cli.import.dry_run"));
                return 0;
            }
            workspace.backups().beforeImport();
            int saved = imports.save(preview);
            out.println(tr.tr("cli.attimport.saved", saved, preview.cohortCode()));
            return 0;
        }
    }
}
