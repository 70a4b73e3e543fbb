package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.roster.PasteRow;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

class PastePreviewViewModelTest {
    static final Localization EN = new Localization(Language.EN);
    final Cohort cohort = RosterViewModelTest.cohort(CohortStatus.CONFIRMED, 0);
    final List<Throwable> failures = new ArrayList<>();
    final List<List<PasteRow>> saved = new ArrayList<>();

    static PasteRow row(int no, String latin, PasteRow.Action action, Problem... problems) {
        Person p = new Person(null, "ສົມສັກ", latin, Sex.M, LocalDate.of(1980, 1, 2), null, null, "MoHA", null, null, "P" + no,
                LocalDate.of(2031, 1, 1), null, null, null, null, null, null, null, null, 0);
        Enrollment stay = new Enrollment(null, null, null, EnrollmentStatus.NOMINATED, LocalDate.of(2026, 5, 3), "QV311", null, null, "B2",
                "V1", LocalDate.of(2026, 6, 30), null, null, null, null, null, 0);
        return new PasteRow(no, p, stay, action, null, List.of(problems));
    }

    PastePreviewViewModel model(List<PasteRow> rows, List<Problem> notes, PastePreviewViewModel.Save save) {
        RosterPaste.Preview preview = new RosterPaste.Preview(cohort, rows, notes, true);
        return new PastePreviewViewModel("LAO-2026-03", "pasted", (code, text) -> preview, save, EN, TaskRunner.sameThread(), failures::add);
    }

    @Test
    void showsRowsInWordsAndOffersToAddWhenNoRowHasAnError() {
        PastePreviewViewModel model = model(List.of(row(2, "SOMSACK", PasteRow.Action.NEW),
                row(3, "BOUNMY", PasteRow.Action.EXISTING, Problem.warning("rule.passport.expiry_missing")),
                row(4, "VILAY", PasteRow.Action.SKIP, Problem.warning("rule.paste.already_enrolled", "VILAY"))),
                List.of(Problem.warning("paste.note.unknown_column", "C", "Shoe size")), (id, rows) -> {
                    saved.add(rows);
                    return 2;
                });
        model.load();
        assertEquals(3, model.rows().size());
        PastePreviewRow first = model.rows().get(0);
        assertEquals(List.of("New", "ສົມສັກ", "SOMSACK", "M", "02/01/1980", "V1 until 30/06/2026", "03/05/2026 QV311", "B2"),
                List.of(first.record(), first.nameLocal(), first.nameLatin(), first.sex(), first.birthDate(), first.visa(), first.arrival(),
                        first.room()));
        assertEquals("On file", model.rows().get(1).record());
        assertEquals("The passport's expiry date is missing.", model.rows().get(1).problemText());
        assertEquals("Skipped", model.rows().get(2).record());
        assertEquals(List.of(new PastePreviewViewModel.Note("Column C (\"Shoe size\") is not a roster column and is not read.", false)),
                model.notes());
        assertEquals("2 people to add; 2 rows with warnings.", model.summaryProperty().get());
        assertEquals("Add 2 people", model.addTextProperty().get());
        assertTrue(model.canSaveProperty().get());

        boolean[] done = {false};
        model.save(() -> done[0] = true);
        assertTrue(done[0]);
        assertEquals(2, model.addedProperty().get());
        assertEquals(1, saved.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void anErrorDisablesAddingAndSaysWhatToDo() {
        PastePreviewViewModel model = model(List.of(row(2, "SOMSACK", PasteRow.Action.NEW),
                row(3, "", PasteRow.Action.NEW, Problem.error("error.paste.name_missing", 3))), List.of(), (id, rows) -> {
                    saved.add(rows);
                    return 0;
                });
        model.load();
        assertEquals("2 people to add, 1 error: fix them in the spreadsheet and paste again.", model.summaryProperty().get());
        assertTrue(model.summaryIsErrorProperty().get());
        assertFalse(model.canSaveProperty().get());
        assertEquals(List.of("Row 3: the name as written in the passport (Latin letters) is missing."), model.rows().get(1).errors());
        model.save(() -> {});
        assertEquals(List.of(), saved, "nothing is saved while a row has an error");
    }

    @Test
    void aRefusedSaveIsSaidInTheSummary() {
        PastePreviewViewModel model = model(List.of(row(2, "SOMSACK", PasteRow.Action.NEW)), List.of(), (id, rows) -> {
            throw ProblemException.of("error.constraint.uq_enrollments_cohort_person");
        });
        model.load();
        model.save(() -> failures.add(new AssertionError("not done")));
        assertEquals("This person is already in the cohort.", model.summaryProperty().get());
        assertTrue(model.summaryIsErrorProperty().get());
        assertEquals(-1, model.addedProperty().get());
        assertEquals(List.of(), failures);
    }

    @Test
    void skippingRowsWithErrorsAddsTheOthersOnly() {
        PastePreviewViewModel model = model(List.of(row(2, "SOMSACK", PasteRow.Action.NEW),
                row(3, "", PasteRow.Action.NEW, Problem.error("error.paste.name_missing", 3)),
                row(4, "BOUNMY", PasteRow.Action.EXISTING)), List.of(), (id, rows) -> {
                    saved.add(rows);
                    return rows.size();
                });
        model.load();
        assertFalse(model.canSaveProperty().get());
        model.skipRefusedProperty().set(true);
        assertEquals("2 people to add; 1 row with errors is left out.", model.summaryProperty().get());
        assertEquals("Add 2 people", model.addTextProperty().get());
        assertTrue(model.canSaveProperty().get());
        model.save(() -> { });
        assertEquals(List.of(2, 4), saved.get(0).stream().map(PasteRow::row).toList());

        PastePreviewViewModel whole = model(List.of(row(2, "SOMSACK", PasteRow.Action.NEW)),
                List.of(Problem.error("error.paste.no_name_column")), (id, rows) -> 0);
        whole.load();
        whole.skipRefusedProperty().set(true);
        assertFalse(whole.canSaveProperty().get(), "an error about the whole paste is not skipped");
    }
    @Test
    void aColumnChoiceAndANewPersonChoiceReadAgainAndAnOlderReadingArrivingLateIsIgnored() {
        List<Runnable> work = new ArrayList<>();
        TaskRunner held = new TaskRunner(work::add, Runnable::run);
        List<String> asked = new ArrayList<>();
        org.cohortdesk.service.roster.ColumnMapping matched = new org.cohortdesk.service.roster.ColumnMapping(0, List.of(
                new org.cohortdesk.service.roster.ColumnMapping.Column(0, "Tên gọi", null, false)), null);
        PastePreviewViewModel.Reader reader = (code, text, columns, asNew) -> {
            asked.add((columns == null ? "matched" : String.valueOf(columns.columns().get(0).field())) + " " + asNew);
            List<PasteRow> rows = columns == null ? List.of() : List.of(row(2, "NOY", PasteRow.Action.NEW));
            return new RosterPaste.Preview(cohort, rows, List.of(), true, columns == null ? matched : columns);
        };
        PastePreviewViewModel model = new PastePreviewViewModel("LAO-2026-03", "list.xlsx", reader, (id, rows) -> 0, EN, held,
                failures::add);
        model.load();
        work.remove(0).run();
        assertEquals(matched, model.columnsProperty().get());

        model.choose(0, org.cohortdesk.service.roster.PasteColumn.NAME_LATIN);
        model.keepNew(2, true);
        assertTrue(model.busyProperty().get());
        assertFalse(model.canSaveProperty().get(), "no saving while the rows are read again");
        Runnable older = work.remove(0);
        work.remove(0).run();
        assertEquals(List.of("NOY"), model.rows().stream().map(PastePreviewRow::nameLatin).toList());
        older.run();
        assertEquals(org.cohortdesk.service.roster.PasteColumn.NAME_LATIN, model.columnsProperty().get().columns().get(0).field());
        assertEquals(List.of("matched []", "NAME_LATIN [2]", "NAME_LATIN []"), asked, "the newer reading ran first here");
        assertFalse(model.busyProperty().get());
        assertTrue(model.canSaveProperty().get(), "the latest reading counts");
        assertEquals(List.of(), failures);
    }
}
