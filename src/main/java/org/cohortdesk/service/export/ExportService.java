package org.cohortdesk.service.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.export.ExportColumn.ExportLine;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Spreadsheets;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.service.spreadsheet.Table.CellKind;

/** Rosters and everyone, as tables for a spreadsheet, headers in the reader's language, and written to a file. */
public final class ExportService {
    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());

    private final RosterService rosters;
    private final PeopleDirectory directory;
    private final Supplier<List<CohortSummary>> cohorts;

    /** {@code cohorts} gives the cohort list, in its order. */
    public ExportService(RosterService rosters, PeopleDirectory directory, Supplier<List<CohortSummary>> cohorts) {
        this.rosters = rosters;
        this.directory = directory;
        this.cohorts = cohorts;
    }

    /**
     * The roster of the cohort with this code as {@code template} lays it out, in roster order,
     * numbered from 1 (withdrawn trainees left out of every template but the full roster). The
     * sheet is named after the cohort's code. Refused with {@code error.cohort.unknown} for an unknown code.
     */
    public Table roster(String code, ExportTemplate template, Localization tr) {
        return roster(code, template, tr, null);
    }

    /**
     * As {@link #roster(String, ExportTemplate, Localization)}, but only the trainees whose
     * enrollments are in {@code shown}, in that order (the rows a filtered and sorted table shows);
     * all of them, in roster order, when {@code shown} is null.
     */
    public Table roster(String code, ExportTemplate template, Localization tr, List<UUID> shown) {
        return roster(code, template, tr, shown, Passports.INCLUDED);
    }

    /** As {@link #roster(String, ExportTemplate, Localization, List)}, with or without the passport columns. */
    public Table roster(String code, ExportTemplate template, Localization tr, List<UUID> shown, Passports passports) {
        RosterService.Roster roster = rosters.roster(code);
        List<RosterService.Line> chosen = roster.lines();
        if (shown != null) {
            Map<UUID, RosterService.Line> byEnrollment = new HashMap<>();
            roster.lines().forEach(l -> byEnrollment.put(l.enrollment().id(), l));
            chosen = shown.stream().map(byEnrollment::get).filter(Objects::nonNull).toList();
        }
        List<ExportLine> lines = new ArrayList<>();
        for (RosterService.Line line : chosen) {
            if (template.withdrawnIncluded() || line.enrollment().status() != EnrollmentStatus.WITHDRAWN) {
                lines.add(new ExportLine(lines.size() + 1, line.person(), line.enrollment(), List.of()));
            }
        }
        return table(roster.cohort().code(), passports.filter(template.columns()), lines, tr);
    }

    /** Everyone, one row a person, sorted by romanised name, with the codes of their cohorts. */
    public Table people(Localization tr) {
        return people(tr, null);
    }

    /**
     * As {@link #people(Localization)}, but only the people in {@code shown}, in that order (the
     * rows a filtered and sorted table shows); everyone when {@code shown} is null.
     */
    public Table people(Localization tr, List<UUID> shown) {
        return people(tr, shown, Passports.INCLUDED);
    }

    /** As {@link #people(Localization, List)}, with or without the passport column. */
    public Table people(Localization tr, List<UUID> shown, Passports passports) {
        List<PeopleDirectory.Entry> entries = directory.entries();
        if (shown != null) {
            Map<UUID, PeopleDirectory.Entry> byId = new HashMap<>();
            entries.forEach(e -> byId.put(e.person().id(), e));
            entries = shown.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
        List<ExportLine> lines = new ArrayList<>();
        for (PeopleDirectory.Entry e : entries) {
            lines.add(new ExportLine(lines.size() + 1, e.person(), null, e.cohorts()));
        }
        return table(tr.tr("export.sheet.people"), passports.filter(ExportTemplate.PEOPLE), lines, tr);
    }

    /**
     * The cohort list, one row a cohort, in the list's order (newest first): code, course (in the
     * reader's language), partner, country, start, end, trainees enrolled (not withdrawn), planned
     * size, status. Only the cohorts in {@code shown}, in that order, when it is not null.
     */
    public Table cohorts(Localization tr, List<UUID> shown) {
        List<CohortSummary> all = cohorts.get();
        List<CohortSummary> chosen = all;
        if (shown != null) {
            Map<UUID, CohortSummary> byId = new HashMap<>();
            all.forEach(c -> byId.put(c.id(), c));
            chosen = shown.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
        List<Table.Column> header = List.of(
                new Table.Column(tr.tr("cohorts.column.code"), CellKind.TEXT),
                new Table.Column(tr.tr("cohorts.column.course"), CellKind.TEXT),
                new Table.Column(tr.tr("cohorts.column.partner"), CellKind.TEXT),
                new Table.Column(tr.tr("partners.column.country"), CellKind.TEXT),
                new Table.Column(tr.tr("cohorts.column.start"), CellKind.DATE),
                new Table.Column(tr.tr("cohorts.column.end"), CellKind.DATE),
                new Table.Column(tr.tr("export.column.enrolled"), CellKind.NUMBER),
                new Table.Column(tr.tr("export.column.planned"), CellKind.NUMBER),
                new Table.Column(tr.tr("cohorts.column.status"), CellKind.TEXT));
        List<List<Object>> rows = new ArrayList<>(chosen.size());
        for (CohortSummary c : chosen) {
            rows.add(Arrays.asList(c.code(), blankAsNull(c.courseTitle(tr.language().tag())), blankAsNull(c.partnerName()),
                    blankAsNull(c.country()), c.startsOn(), c.endsOn(), c.enrolled(), c.plannedSize(), tr.tr(c.status())));
        }
        return new Table(tr.tr("cohorts.title"), header, rows);
    }

    /**
     * Writes the table to {@code file}. Refused with {@code error.export.folder} when the file's
     * folder is missing or may not be written to, {@code error.export.write} for any other failure
     * (a full disk, a file open in another program); either way no half-written file is left.
     */
    public void write(Table table, SpreadsheetFormat format, Path file) {
        toFile(file, out -> Spreadsheets.write(table, format, out));
    }

    /** Writes {@code file} with {@code body} (no half-written file left), refused as {@link #write} says. */
    public static void toFile(Path file, Spreadsheets.Body body) {
        try {
            Spreadsheets.writeFile(file, body);
        } catch (NoSuchFileException | AccessDeniedException e) {
            LOG.log(Level.INFO, "cannot write " + file, e);
            throw new ProblemException(Problem.error("error.export.folder", file.toAbsolutePath()), e);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write " + file, e);
            throw new ProblemException(Problem.error("error.export.write", file.toAbsolutePath(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static Table table(String name, List<ExportColumn> columns, List<ExportLine> lines, Localization tr) {
        List<Table.Column> header = columns.stream().map(c -> new Table.Column(tr.tr(c.key()), c.kind())).toList();
        List<List<Object>> rows = new ArrayList<>(lines.size());
        for (ExportLine line : lines) {
            List<Object> row = new ArrayList<>(columns.size());
            for (ExportColumn c : columns) {
                row.add(blankAsNull(c.valueOf(line, tr)));
            }
            rows.add(row);
        }
        return new Table(name, header, rows);
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
