package org.cohortdesk.service.nominees;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.roster.ColumnMapping;
import org.cohortdesk.service.roster.PasteRow;
import org.cohortdesk.service.roster.RosterPaste;

/**
 * Imports a nominee list from a file into a cohort: {@link NomineeFile} reads the sheet, {@link
 * RosterPaste} checks its rows as it checks pasted ones and saves them all or none.
 */
public final class NomineeImport {
    /** A place as the paste's problems name it: the column's letter, then its title in brackets. */
    private static final Pattern PLACE = Pattern.compile("([A-Z]{1,3})(?: \\(.*\\))?", Pattern.DOTALL);

    private final RosterPaste pastes;

    public NomineeImport(RosterPaste pastes) {
        this.pastes = pastes;
    }

    /** A file read and checked against a cohort, not yet saved. */
    public record Preview(String file, String sheet, RosterPaste.Preview rows) {

        /** Rows of people read (blank rows, the header and title rows above it not counted). */
        public int read() {
            return rows.rows().size();
        }

        /** Rows that saving enrolls: no error, and not skipped. */
        public long accepted() {
            return rows.rows().stream().filter(r -> !r.hasErrors() && r.action() != PasteRow.Action.SKIP).count();
        }

        /** Accepted rows that enroll a person already on file rather than a new one. */
        public long matched() {
            return rows.rows().stream().filter(r -> !r.hasErrors() && r.action() == PasteRow.Action.EXISTING).count();
        }

        /** Rows with an error. */
        public long refused() {
            return rows.rows().stream().filter(PasteRow::hasErrors).count();
        }

        /** An error about the file as a whole (no name column, too many rows), which no skipping gets past. */
        public boolean refusedWhole() {
            return rows.notes().stream().anyMatch(p -> p.severity() == org.cohortdesk.model.Severity.ERROR);
        }
    }

    /** Reads {@code file} (see {@link NomineeFile#read}) and checks its rows against the cohort with this code. Writes nothing. */
    public Preview preview(Path file, String cohortCode, String sheet) {
        return check(file.getFileName().toString(), NomineeFile.read(file, sheet), cohortCode, null, Set.of());
    }

    /**
     * Checks the cells of a sheet already read from the file named {@code fileName} against the cohort
     * with this code, the columns mapped as {@code columns} says (null: by the header's titles) and the
     * rows numbered in {@code asNew} taken as new people even when they look like someone on file.
     * Writes nothing.
     */
    public Preview check(String fileName, SheetCells cells, String cohortCode, ColumnMapping columns, Set<Integer> asNew) {
        return new Preview(fileName, cells.sheet(), pastes.preview(cohortCode, cells.rows(), columns, asNew));
    }

    /**
     * Saves a preview in one transaction. With {@code skipRefused} the rows with errors are left out
     * and the others saved; without it any row with an error refuses the whole file. Either way an
     * error about the file as a whole refuses it. Returns how many people were enrolled.
     */
    public int save(Preview preview, boolean skipRefused) {
        if (preview.refusedWhole()) {
            throw ProblemException.of("error.nominees.refused");
        }
        List<PasteRow> rows = preview.rows().rows();
        return skipRefused ? pastes.saveAccepted(preview.rows().cohort().id(), rows) : pastes.save(preview.rows().cohort().id(), rows);
    }

    /** The column letter a row's problem names, or null when it names none. */
    public static String column(Problem problem) {
        if (problem.args().size() < 2 || !(problem.args().get(1) instanceof String place)) {
            return null;
        }
        Matcher m = PLACE.matcher(place);
        return m.matches() ? m.group(1) : null;
    }
}
