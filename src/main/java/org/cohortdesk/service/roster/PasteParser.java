package org.cohortdesk.service.roster;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Sex;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.service.enrollment.TypedText;
import org.cohortdesk.service.spreadsheet.ColumnLetters;

/**
 * Reads rows copied from a spreadsheet into {@link PasteRow}s, with no database: the columns by
 * their titles when the paste has a header (found among its first ten rows, so a sheet's title rows
 * may come along), else in {@link PasteColumn#DEFAULT_ORDER}, the order the roster copies in. Each
 * cell is checked (dates, sex, length) and every problem names its row and column.
 *
 * <p>Dates are read day first: dd/MM/yyyy, d/M/yyyy, dd.MM.yyyy, dd-MM-yyyy, or yyyy-MM-dd. Sex is
 * M/F, Male/Female, Nam/Nữ, ຊາຍ/ຍິງ (or ທ້າວ/ນາງ). A visa cell may hold the number and its expiry
 * ("V1234 until 30/06/2026", as the roster copies it); an arrival or departure cell a date and a
 * flight ("03/05/2026 QV311").
 */
final class PasteParser {
    /** More data rows than this are refused: a cohort has tens, a nominee sheet hundreds. */
    static final int MAX_ROWS = 1_000;

    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}([/.-]\\d{1,4})?.*");
    /** Five digits: 10000 (1927) to 99999 (2173), the serial numbers of plausible birth, passport and travel dates. */
    private static final Pattern SERIAL = Pattern.compile("([1-9]\\d{4})(?:\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PasteHeader header = new PasteHeader();
    /** The words before a visa's expiry in the roster's copy ("until", "đến", "ເຖິງ"), folded. */
    private final List<String> untilWords = new ArrayList<>();

    /** What a paste holds before any database check: its rows, the notes about the paste as a whole, the columns as read. */
    record Parsed(List<PasteRow> rows, List<Problem> notes, boolean hasHeader, ColumnMapping columns) {}

    PasteParser() {
        for (Language language : Language.values()) {
            String until = TextMatch.fold(new Localization(language).tr("roster.visa_until", "")).strip();
            if (!until.isEmpty()) {
                untilWords.add(until);
            }
        }
    }

    Parsed parse(String text) {
        return parse(TabText.rows(text == null ? "" : text), null);
    }

    /** Reads rows of cells as a sheet holds them, the columns matched by the header's titles. */
    Parsed parse(List<List<String>> rows) {
        return parse(rows, null);
    }

    /**
     * Reads rows of cells as a sheet holds them; a row's number is its index here plus one. {@code
     * chosen} is the mapping of columns to fields to read them with (from an earlier parse of the same
     * rows, changed by the user), or null to match the columns by the header's titles.
     */
    Parsed parse(List<List<String>> rows, ColumnMapping chosen) {
        List<Problem> notes = new ArrayList<>();
        ColumnMapping mapping = chosen != null ? chosen : match(rows);
        int headerAt = mapping.headerRow();
        List<PasteColumn> columns = mapping.fieldsInOrder();
        List<String> titles = headerAt >= 0 ? mapping.titles() : List.of();
        int first = headerAt + 1;
        if (headerAt > 0) {
            notes.add(Problem.warning("paste.note.rows_above_header", headerAt));
        }
        if (headerAt < 0 && chosen == null) {
            notes.add(Problem.warning("paste.note.no_header"));
        }
        if (mapping.conflict() != null) {
            notes.add(mapping.conflict());
        }
        noteColumns(rows, first, mapping, notes);
        List<PasteRow> out = new ArrayList<>();
        for (int i = first; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (out.size() == MAX_ROWS) {
                notes.add(Problem.error("error.paste.too_many_rows", MAX_ROWS));
                break;
            }
            out.add(row(i + 1, cells, columns, titles));
        }
        if (out.isEmpty()) {
            notes.add(Problem.error("error.paste.empty"));
        }
        return new Parsed(List.copyOf(out), List.copyOf(notes), headerAt >= 0, mapping);
    }

    /**
     * The columns as the header's titles name them (a title repeated is read once, in its first
     * column); without a header, the roster's default order for as many columns as the widest row has.
     */
    ColumnMapping match(List<List<String>> rows) {
        int headerAt = header.find(rows);
        List<ColumnMapping.Column> out = new ArrayList<>();
        if (headerAt >= 0) {
            List<String> titles = rows.get(headerAt);
            List<PasteColumn> fields = header.columns(titles);
            List<PasteColumn> seen = new ArrayList<>();
            for (int c = 0; c < fields.size(); c++) {
                PasteColumn field = fields.get(c);
                boolean repeated = field != null && field != PasteColumn.SKIPPED && seen.contains(field);
                seen.add(field);
                out.add(new ColumnMapping.Column(c, titles.get(c).strip(), repeated ? null : field, false));
            }
        } else {
            int widest = rows.stream().mapToInt(List::size).max().orElse(0);
            for (int c = 0; c < Math.max(widest, PasteColumn.DEFAULT_ORDER.size()); c++) {
                out.add(new ColumnMapping.Column(c, "", c < PasteColumn.DEFAULT_ORDER.size() ? PasteColumn.DEFAULT_ORDER.get(c) : null, false));
            }
        }
        return new ColumnMapping(headerAt, out, null);
    }

    /**
     * Notes on the columns not read (unknown, repeated, beyond the roster's order, the status column)
     * unless the user chose so; an error when no column holds the romanised name.
     */
    private void noteColumns(List<List<String>> rows, int first, ColumnMapping mapping, List<Problem> notes) {
        boolean extraNoted = false;
        for (ColumnMapping.Column column : mapping.columns()) {
            int c = column.index();
            if (column.chosen()) {
                continue;
            }
            if (mapping.headerRow() < 0) {
                if (column.field() == null && !extraNoted && hasData(rows, first, c)) {
                    notes.add(Problem.warning("paste.note.extra_cells", column.letter()));
                    extraNoted = true;
                }
            } else if (column.field() == null && hasData(rows, first, c)) {
                boolean repeated = header.column(column.title()).map(f -> mapping.columnOf(f) != null).orElse(false);
                notes.add(Problem.warning(repeated ? "paste.note.repeated_column" : "paste.note.unknown_column", column.letter(), column.title()));
            } else if (column.field() == PasteColumn.STATUS) {
                notes.add(Problem.warning("paste.note.status_not_read", column.letter(), column.title()));
            }
        }
        if (mapping.columnOf(PasteColumn.NAME_LATIN) == null) {
            notes.add(Problem.error("error.paste.no_name_column"));
        }
    }

    private static boolean hasData(List<List<String>> rows, int first, int column) {
        for (int i = first; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (column < cells.size() && !cells.get(column).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Reads one data row; {@code row} is its number in the paste, from 1. */
    private PasteRow row(int row, List<String> cells, List<PasteColumn> columns, List<String> titles) {
        List<Problem> problems = new ArrayList<>();
        Map<PasteColumn, String> values = new EnumMap<>(PasteColumn.class);
        Map<PasteColumn, String> where = new EnumMap<>(PasteColumn.class);
        for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
            PasteColumn column = columns.get(c);
            String value = clean(cells.get(c));
            if (column == null || !column.isRead() || value.isEmpty()) {
                continue;
            }
            String place = ColumnLetters.of(c) + (c < titles.size() && !titles.get(c).isBlank() ? " (" + titles.get(c).strip() + ")" : "");
            if (value.length() > PasteColumn.MAX_CELL || (column.maxLength() > 0 && column.maxLength() < value.length()
                    && column != PasteColumn.VISA && column != PasteColumn.ARRIVAL && column != PasteColumn.DEPARTURE)) {
                problems.add(Problem.error("error.paste.too_long", row, place, column.maxLength() > 0 ? column.maxLength() : PasteColumn.MAX_CELL));
                continue;
            }
            values.put(column, value);
            where.put(column, place);
        }
        Cells read = new Cells(row, values, where, problems);
        String nameLatin = read.text(PasteColumn.NAME_LATIN);
        if (nameLatin == null) {
            problems.add(Problem.error("error.paste.name_missing", row));
        }
        Person person = new Person(null, read.text(PasteColumn.NAME_LOCAL), nameLatin, read.sex(), read.date(PasteColumn.BIRTH_DATE),
                null, read.text(PasteColumn.POSITION), read.text(PasteColumn.AGENCY), null, read.text(PasteColumn.PROVINCE),
                read.text(PasteColumn.PASSPORT), read.date(PasteColumn.PASSPORT_EXPIRY), read.text(PasteColumn.PHONE),
                read.text(PasteColumn.EMAIL), null, null, null, null, null, null, 0);
        Visa visa = read.visa();
        Travel arrival = read.travel(PasteColumn.ARRIVAL, PasteColumn.ARRIVAL_FLIGHT);
        Travel departure = read.travel(PasteColumn.DEPARTURE, PasteColumn.DEPARTURE_FLIGHT);
        if (arrival.on() != null && departure.on() != null && departure.on().isBefore(arrival.on())) {
            problems.add(Problem.error("error.paste.departure_before_arrival", row, departure.on(), arrival.on()));
        }
        Enrollment stay = new Enrollment(null, null, null, EnrollmentStatus.NOMINATED, arrival.on(), arrival.flight(), departure.on(),
                departure.flight(), read.text(PasteColumn.ROOM), visa.number(), visa.expiry(), null, null, read.text(PasteColumn.NOTES),
                null, null, 0);
        return new PasteRow(row, person, stay, PasteRow.Action.NEW, null, problems);
    }

    private record Visa(String number, LocalDate expiry) {}

    private record Travel(LocalDate on, String flight) {}

    /** The cells of one row by column, read into values; problems are added as they are found. */
    private final class Cells {
        private final int row;
        private final Map<PasteColumn, String> values;
        private final Map<PasteColumn, String> where;
        private final List<Problem> problems;

        Cells(int row, Map<PasteColumn, String> values, Map<PasteColumn, String> where, List<Problem> problems) {
            this.row = row;
            this.values = values;
            this.where = where;
            this.problems = problems;
        }

        String text(PasteColumn column) {
            return values.get(column);
        }

        LocalDate date(PasteColumn column) {
            String value = values.get(column);
            if (value == null) {
                return null;
            }
            return TypedText.date(value).or(() -> serial(value)).orElseGet(() -> badDate(column, value));
        }

        /** A spreadsheet's date serial number (days since 30/12/1899), as a date cell without its format is copied. */
        private Optional<LocalDate> serial(String value) {
            Matcher m = SERIAL.matcher(value);
            return m.matches() ? Optional.of(EXCEL_EPOCH.plusDays(Long.parseLong(m.group(1)))) : Optional.empty();
        }

        private LocalDate badDate(PasteColumn column, String value) {
            problems.add(Problem.error("error.paste.bad_date", row, where.get(column), value));
            return null;
        }

        Sex sex() {
            String value = values.get(PasteColumn.SEX);
            if (value == null) {
                return null;
            }
            Sex sex = TypedText.sex(value);
            if (sex == null) {
                problems.add(Problem.error("error.paste.bad_sex", row, where.get(PasteColumn.SEX), value));
            }
            return sex;
        }

        /** The visa number and its expiry: from a separate expiry column, else a date at the end of the visa cell. */
        Visa visa() {
            String value = values.get(PasteColumn.VISA);
            LocalDate expiry = date(PasteColumn.VISA_EXPIRY);
            if (value == null) {
                return new Visa(null, expiry);
            }
            List<String> words = new ArrayList<>(List.of(SPACES.split(value)));
            if (expiry == null && words.size() > 1) {
                Optional<LocalDate> last = TypedText.date(words.get(words.size() - 1));
                if (last.isPresent()) {
                    expiry = last.get();
                    words.remove(words.size() - 1);
                    if (!words.isEmpty() && untilWords.contains(TextMatch.fold(words.get(words.size() - 1)))) {
                        words.remove(words.size() - 1);
                    }
                }
            } else if (expiry == null && DATE_LIKE.matcher(value).matches()) {
                return new Visa(null, date(PasteColumn.VISA));
            }
            String number = String.join(" ", words);
            return new Visa(limited(PasteColumn.VISA, number), expiry);
        }

        /**
         * A date and a flight: "03/05/2026 QV311", "03/05/2026", or only a flight; the flight may
         * also stand in its own column ({@code flightColumn}), which then counts.
         */
        Travel travel(PasteColumn column, PasteColumn flightColumn) {
            Travel cell = travel(column);
            String flight = values.get(flightColumn);
            return flight == null ? cell : new Travel(cell.on(), limited(flightColumn, flight));
        }

        private Travel travel(PasteColumn column) {
            String value = values.get(column);
            if (value == null) {
                return new Travel(null, null);
            }
            String[] words = SPACES.split(value, 2);
            Optional<LocalDate> on = TypedText.date(words[0]);
            if (on.isPresent()) {
                return new Travel(on.get(), words.length > 1 ? limited(column, words[1]) : null);
            }
            if (DATE_LIKE.matcher(words[0]).matches()) {
                badDate(column, value);
                return new Travel(null, null);
            }
            return new Travel(null, limited(column, value));
        }

        private String limited(PasteColumn column, String value) {
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > column.maxLength()) {
                problems.add(Problem.error("error.paste.too_long", row, where.get(column), column.maxLength()));
                return null;
            }
            return value;
        }
    }

    /** A cell as kept: NFC, no-break spaces as spaces, trimmed. */
    static String clean(String cell) {
        String s = Normalizer.normalize(cell.replace('\u00A0', ' '), Normalizer.Form.NFC);
        return s.strip();
    }
}
