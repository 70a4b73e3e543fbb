package org.cohortdesk.service.attendance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.spreadsheet.CellText;
import org.cohortdesk.service.spreadsheet.ColumnLetters;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Marks entered by hand on XLSX sign-in sheets that {@link SignInSheets} wrote, read back: the
 * hidden {@link SignInSheets#KEY_SHEET} says which cohort, which trainee is on each row and which
 * session in each column, so nothing is guessed from titles in one language or another.
 *
 * <p>A filled cell of a signature column holds P, L, E or A (any case; a check mark ✓ or ✔ counts
 * as P); a blank cell changes nothing. "x" and "v" are refused: on Vietnamese sheets they mean
 * present on some and absent (vắng) on others. A cell whose mark differs from one already stored
 * is refused unless marks are to be replaced. All or nothing: the file's marks are saved only
 * when it has no problem at all, in one transaction.
 */
public final class AttendanceImport {
    /** Far more than the sign-in sheets of a week; a bigger file is not one. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A problem and where: {@code sheet} and {@code cell} ("D7") are null for the file as a whole, {@code cell} for a whole sheet. */
    public record Found(String sheet, String cell, Problem problem) {
        /** "Thứ Hai 04-05!D7", "Thứ Hai 04-05", or null for the file. */
        public String where() {
            return sheet == null ? null : cell == null ? sheet : sheet + "!" + cell;
        }
    }

    /** A mark the file gives: at {@code sheet}!{@code cell}, {@code person} at {@code session}, {@code before} as stored (null: none). */
    public record Entry(String sheet, String cell, Person person, Session session, Mark before, Mark after) {}

    /**
     * What a file gives: the cells read, the marks that are new, that change a stored one, that
     * equal the stored one, the changes to save, and the problems (any problem: nothing may be saved).
     */
    public record Preview(String cohortCode, int cellsRead, List<Entry> fresh, List<Entry> changed, int unchanged,
            List<AttendanceService.Change> changes, List<Found> problems) {
        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    private final AttendanceService attendance;

    public AttendanceImport(AttendanceService attendance) {
        this.attendance = attendance;
    }

    /**
     * Reads and checks {@code file} against the cohort with this code, saving nothing; a cell whose
     * mark differs from the stored one is a problem unless {@code replace}. Refused with
     * {@code error.cohort.unknown} for an unknown code.
     */
    public Preview preview(Path file, String cohortCode, boolean replace) {
        AttendanceService.Sheet sheet = attendance.sheet(cohortCode);
        String code = sheet.roster().cohort().code();
        List<Found> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return refusedFile(code, Problem.error("error.nominees.not_found", file.toString()));
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return refusedFile(code, Problem.error("error.attimport.too_large", name));
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", name), e);
        }
        Reading reading = new Reading(sheet, replace, problems);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Map<String, Sheet> byName = new HashMap<>();
            workbook.getSheets().forEach(s -> byName.put(s.getName(), s));
            Sheet keySheet = byName.get(SignInSheets.KEY_SHEET);
            List<List<String>> key = keySheet == null ? List.of() : texts(keySheet);
            if (key.size() < 2 || !SignInSheets.KEY_MARKER.equals(at(key.get(0), 0)) || !SignInSheets.KEY_PEOPLE.equals(at(key.get(1), 0))) {
                return refusedFile(code, Problem.error("error.attimport.no_key", name));
            }
            if (!SignInSheets.KEY_VERSION.equals(at(key.get(0), 1))) {
                return refusedFile(code, Problem.error("error.attimport.version", name));
            }
            String fileCohort = at(key.get(0), 2);
            if (!fileCohort.equalsIgnoreCase(code)) {
                return refusedFile(code, Problem.error("error.attimport.other_cohort", name, fileCohort, code));
            }
            List<String> people = key.get(1).subList(1, key.get(1).size());
            for (List<String> day : key.subList(2, key.size())) {
                String dayName = at(day, 0);
                Sheet daySheet = byName.get(dayName);
                if (daySheet == null) {
                    problems.add(new Found(null, null, Problem.error("error.attimport.missing_sheet", dayName)));
                    continue;
                }
                reading.day(dayName, texts(daySheet), people, day.subList(1, day.size()));
            }
        } catch (ProblemException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", name), e);
        }
        return new Preview(code, reading.cellsRead, List.copyOf(reading.fresh), List.copyOf(reading.changed), reading.unchanged,
                List.copyOf(reading.changes), List.copyOf(problems));
    }

    /** Saves a preview without problems, in one transaction; returns how many marks were written. */
    public int save(Preview preview) {
        if (preview.refused()) {
            throw ProblemException.of("error.attimport.refused", preview.problems().size());
        }
        if (preview.changes().isEmpty()) {
            return 0;
        }
        attendance.mark(preview.cohortCode(), preview.changes());
        return preview.changes().size();
    }

    /** The mark a cell's text stands for: P, L, E or A in any case, or a check mark for P; empty for anything else. */
    static Optional<Mark> mark(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "P", "✓", "✔" -> Optional.of(Mark.PRESENT);
            case "L" -> Optional.of(Mark.LATE);
            case "E" -> Optional.of(Mark.EXCUSED);
            case "A" -> Optional.of(Mark.ABSENT);
            default -> Optional.empty();
        };
    }

    /** The letter a mark is written with on a sheet. */
    public static String letter(Mark mark) {
        return switch (mark) {
            case PRESENT -> "P";
            case LATE -> "L";
            case EXCUSED -> "E";
            case ABSENT -> "A";
        };
    }

    private static Preview refusedFile(String code, Problem problem) {
        return new Preview(code, 0, List.of(), List.of(), 0, List.of(), List.of(new Found(null, null, problem)));
    }

    /** A sheet's cells as text, row by row (index = row number - 1; rows the file leaves out are empty). */
    private static List<List<String>> texts(Sheet sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            stream.forEach(row -> {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getText() == null ? "" : cell.getText().strip());
                }
                rows.add(cells);
            });
        }
        return rows;
    }

    private static String at(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    /** The checks and tallies of one file against one cohort's sheet. */
    private static final class Reading {
        private final Map<UUID, RosterService.Line> lineByPerson = new HashMap<>();
        private final Map<UUID, Session> sessionById = new HashMap<>();
        private final AttendanceService.Sheet sheet;
        private final boolean replace;
        private final List<Found> problems;
        final List<Entry> fresh = new ArrayList<>();
        final List<Entry> changed = new ArrayList<>();
        final List<AttendanceService.Change> changes = new ArrayList<>();
        final Map<AttendanceService.Key, String> seen = new HashMap<>();
        int cellsRead;
        int unchanged;

        Reading(AttendanceService.Sheet sheet, boolean replace, List<Found> problems) {
            this.sheet = sheet;
            this.replace = replace;
            this.problems = problems;
            sheet.roster().lines().forEach(l -> lineByPerson.put(l.person().id(), l));
            sheet.sessions().forEach(s -> sessionById.put(s.id(), s));
        }

        void day(String dayName, List<List<String>> rows, List<String> people, List<String> sessions) {
            for (int r = SignInSheets.FIRST_TRAINEE_ROW; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                int traineeIndex = r - SignInSheets.FIRST_TRAINEE_ROW;
                for (int s = 0; s < sessions.size(); s++) {
                    int col = SignInSheets.FIRST_SESSION_COLUMN + s;
                    String text = at(row, col);
                    if (text.isEmpty()) {
                        continue;
                    }
                    cellsRead++;
                    cell(dayName, ColumnLetters.of(col) + (r + 1), text, row, traineeIndex < people.size() ? people.get(traineeIndex) : null,
                            sessions.get(s));
                }
            }
        }

        private void cell(String dayName, String ref, String text, List<String> row, String personId, String sessionId) {
            Optional<Mark> mark = mark(text);
            if (mark.isEmpty()) {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.not_a_mark", text)));
                return;
            }
            if (personId == null) {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.extra_row")));
                return;
            }
            RosterService.Line line = lineByPerson.get(uuid(personId));
            if (line == null || line.enrollment().status() == EnrollmentStatus.WITHDRAWN) {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.trainee_gone", at(row, 2))));
                return;
            }
            if (!at(row, 2).equals(CellText.neutralised(line.person().nameLatin()).strip())) {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.row_moved", line.person().nameLatin(), at(row, 2))));
                return;
            }
            Session session = sessionById.get(uuid(sessionId));
            if (session == null) {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.session_gone")));
                return;
            }
            AttendanceService.Key key = new AttendanceService.Key(line.enrollment().id(), session.id());
            String earlier = seen.putIfAbsent(key, dayName + "!" + ref);
            if (earlier != null) {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.twice", earlier)));
                return;
            }
            AttendanceService.Cell stored = sheet.marks().get(key);
            Entry entry = new Entry(dayName, ref, line.person(), session, stored == null ? null : stored.mark(), mark.get());
            if (stored == null) {
                fresh.add(entry);
            } else if (stored.mark() == mark.get()) {
                unchanged++;
                return;
            } else if (replace) {
                changed.add(entry);
            } else {
                problems.add(new Found(dayName, ref, Problem.error("error.attimport.differs", letter(mark.get()), letter(stored.mark()))));
                return;
            }
            changes.add(new AttendanceService.Change(key, mark.get(), stored));
        }

        private static UUID uuid(String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                // A key cell someone typed over: no such trainee or session, which the caller reports at the cell.
                return new UUID(0, 0);
            }
        }
    }
}
