package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.enrollment.TraineeField;
import org.cohortdesk.store.Tables;
import org.junit.jupiter.api.Test;

/** Editing a roster in the window: a cell, a refused date, undo and redo, a stale edit, the person form, a withdrawal. */
class RosterEditingTest extends RosterPageFixture {

    @Test
    void editsACellRefusesABadDateUndoesAndRedoes() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<RosterRow> roster = openCohort("LAO-2026-03");

        clickOn(cell(roster, "SOMSACK 2", "P0100002"));
        push(KeyCode.ENTER);
        write("P9999999");
        push(KeyCode.ENTER);
        waitUntil(() -> "P9999999".equals(person("SOMSACK 2").passportNo()));
        waitUntil(() -> roster.getItems().stream().anyMatch(r -> r.passportNo().equals("P9999999")));
        assertEquals("Saved: Passport no. of SOMSACK 2.", message());

        clickOn(cell(roster, "SOMSACK 2", "02/01/1982"));
        push(KeyCode.ENTER);
        write("31/02/1982");
        push(KeyCode.ENTER);
        waitUntil(() -> message().contains("is not a date"));
        assertEquals("Date of birth: \"31/02/1982\" is not a date. Write it as day/month/year, for example 31/12/1990.", message());
        assertEquals(LocalDate.of(1982, 1, 2), person("SOMSACK 2").birthDate(), "nothing saved");
        push(KeyCode.ESCAPE);
        assertTrue(lookup("#rosterTable").tryQuery().isPresent(), "Esc while editing cancels the edit and stays on the page");

        clickOn(cell(roster, "SOMSACK 2", "Vientiane"));
        write("Luang Prabang");
        push(KeyCode.ENTER);
        waitUntil(() -> roster.getItems().stream().filter(r -> r.province().equals("Luang Prabang")).count() == 1);
        assertTrue(message().startsWith("Saved: Province of"), "typing over a cell edits it, as in a spreadsheet");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> roster.getItems().stream().noneMatch(r -> r.province().equals("Luang Prabang")));

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "P0100002".equals(person("SOMSACK 2").passportNo()));
        waitUntil(() -> message().startsWith("Undone: Passport no. of SOMSACK 2"));
        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> "P9999999".equals(person("SOMSACK 2").passportNo()));
        waitUntil(() -> message().startsWith("Redone:"));
    }

    @Test
    void refusesAStaleEditSaysWhyAndShowsWhatIsStored() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<RosterRow> roster = openCohort("LAO-2026-03");
        Person before = person("SOMSACK 12");
        workspace.services().people().update(new Person(before.id(), before.nameLocal(), before.nameLatin(), before.sex(), before.birthDate(),
                before.nationality(), before.jobTitle(), "Bộ Nội vụ", before.partnerId(), before.province(), before.passportNo(),
                before.passportExpiry(), before.phone(), before.email(), before.dietaryNotes(), before.healthNotes(),
                before.emergencyContact(), before.notes(), before.createdAt(), before.updatedAt(), before.version()));

        clickOn(cell("P0100012"));
        push(KeyCode.ENTER);
        write("P1212121");
        push(KeyCode.ENTER);
        waitUntil(() -> message().startsWith("Someone else changed this person"));
        assertEquals("P0100012", person("SOMSACK 12").passportNo(), "the stale edit wrote nothing");
        waitUntil(() -> roster.getItems().stream().anyMatch(r -> r.nameLatin().equals("SOMSACK 12") && r.agency().equals("Bộ Nội vụ")));
    }

    @Test
    void addsATraineeWithTheFormAndWithdrawsThemWithUndo() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<RosterRow> roster = openCohort("LAO-2026-03");
        int before = roster.getItems().size();

        clickOn(cell("SOMSACK 1"));
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#" + TraineeDialog.inputId(TraineeField.NAME_LATIN)).tryQuery().isPresent());
        clickOn("#" + TraineeDialog.inputId(TraineeField.NAME_LOCAL)).write("ວິໄລ ອິນທະວົງ");
        clickOn("#" + TraineeDialog.inputId(TraineeField.NAME_LATIN)).write("VILAY INTHAVONG");
        clickOn("#" + TraineeDialog.inputId(TraineeField.BIRTH_DATE)).write("1986");
        TextField room = lookup("#" + TraineeDialog.inputId(TraineeField.ROOM)).queryAs(TextField.class);
        interact(() -> room.setText("B204"));
        clickOn("#" + TraineeDialog.SAVE_ID);
        waitUntil(() -> lookup(".error-text").queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible() && l.getText().contains("1986")));
        assertTrue(lookup("#" + TraineeDialog.SAVE_ID).tryQuery().isPresent(), "the form stays open");

        Node birth = lookup("#" + TraineeDialog.inputId(TraineeField.BIRTH_DATE)).query();
        doubleClickOn(birth).push(KeyCode.CONTROL, KeyCode.A).write("3/3/1986");
        clickOn("#" + TraineeDialog.SAVE_ID);
        waitUntil(() -> roster.getItems().size() == before + 1);
        RosterRow vilay = roster.getItems().stream().filter(r -> r.nameLatin().equals("VILAY INTHAVONG")).findFirst().orElseThrow();
        assertEquals("ວິໄລ ອິນທະວົງ", vilay.nameLocal());
        assertEquals(LocalDate.of(1986, 3, 3), vilay.birthDate());
        assertEquals("B204", vilay.room());
        assertEquals(EnrollmentStatus.NOMINATED, vilay.trainee().enrollment().status());
        assertEquals("Saved: adding VILAY INTHAVONG.", message());

        waitUntil(() -> roster.getSelectionModel().getSelectedItem() != null
                && roster.getSelectionModel().getSelectedItem().nameLatin().equals("VILAY INTHAVONG"));
        clickOn("#" + RosterView.WITHDRAW_ID);
        waitUntil(() -> lookup("#" + WithdrawDialog.REASON_ID).tryQuery().isPresent());
        clickOn("#" + WithdrawDialog.REASON_ID).write("recalled by the ministry");
        clickOn("#" + WithdrawDialog.CONFIRM_ID);
        UUID id = vilay.trainee().enrollment().id();
        waitUntil(() -> enrollmentStatus(id) == EnrollmentStatus.WITHDRAWN);
        waitUntil(() -> roster.getItems().stream().anyMatch(r -> r.nameLatin().equals("VILAY INTHAVONG") && r.status().equals("Withdrawn")));
        waitUntil(() -> lookup(".roster-withdrawn").tryQuery().isPresent());
        clickOn("#" + RosterView.DETAILS_ID);
        waitUntil(() -> lookup("#" + TraineeDialog.SAVE_ID).tryQuery().isPresent());
        assertEquals("VILAY INTHAVONG", roster.getSelectionModel().getSelectedItem().nameLatin());
        waitUntil(() -> lookup("#" + TraineeDialog.WITHDRAWN_ID).tryQuery().isPresent());
        assertTrue(lookup("#" + TraineeDialog.WITHDRAWN_ID).queryLabeled().getText().endsWith(": recalled by the ministry"),
                "the form says when and why");
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#" + TraineeDialog.WITHDRAWN_ID).tryQuery().isEmpty());

        clickOn("#" + RosterView.UNDO_ID);
        waitUntil(() -> enrollmentStatus(id) == EnrollmentStatus.NOMINATED);
        clickOn("#" + RosterView.UNDO_ID);
        waitUntil(() -> roster.getItems().size() == before);
        int left = workspace.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM people WHERE name_latin = 'VILAY INTHAVONG'").mapTo(Integer.class).one());
        assertEquals(0, left, "undoing the add takes the new person back too");
    }

    @Test
    void pastesRowsFromASpreadsheetWithCtrlVThroughThePreview() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<RosterRow> roster = openCohort("LAO-2026-03");
        int before = roster.getItems().size();
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Họ tên\tNgày sinh\tHộ chiếu\r\nKHAMLA SYSOMPHONE\t01/02/1990\tP7777777\r\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn(cell("SOMSACK 1"));
        push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(() -> lookup("#" + PastePreviewDialog.ADD_ID).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn("#" + PastePreviewDialog.ADD_ID);
        waitUntil(() -> roster.getItems().size() == before + 1);
        assertTrue(roster.getItems().stream().anyMatch(r -> r.nameLatin().equals("KHAMLA SYSOMPHONE") && r.passportNo().equals("P7777777")));
    }

    @Test
    void showsArrivalsByDayAndFlightAndRooms() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        openCohort("LAO-2026-03");
        clickOn("#" + RosterView.TRAVEL_ID);
        waitUntil(() -> lookup("#" + TravelDialog.ARRIVALS_ID).tryQuery().isPresent());
        javafx.scene.control.TreeView<String> arrivals = lookup("#" + TravelDialog.ARRIVALS_ID).query();
        var days = arrivals.getRoot().getChildren();
        assertEquals("03/05/2026 · 1 trainee", days.get(0).getValue());
        assertEquals("QV311 · 1", days.get(0).getChildren().get(0).getValue());
        assertEquals("BOUNMY PHOMMACHANH · ບຸນມີ ພົມມະຈັນ", days.get(0).getChildren().get(0).getChildren().get(0).getValue());
        assertEquals("Arrival not known yet · 21", days.get(1).getValue());
        javafx.scene.control.TreeView<String> rooms = lookup("#" + TravelDialog.ROOMS_ID).query();
        assertEquals("B204 · 1", rooms.getRoot().getChildren().get(0).getValue());
    }

    @Test
    void enrollsAnAlumnusFoundOnFileInsteadOfEnteringThemAgain() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<RosterRow> roster = openCohort("LAO-2026-07");
        assertEquals(0, roster.getItems().size());
        int people = count("people");

        clickOn(roster);
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#" + OnFileFinder.SEARCH_ID).tryQuery().isPresent());
        clickOn("#" + OnFileFinder.SEARCH_ID).write("p0100005");
        javafx.scene.control.ListView<?> found = lookup("#" + OnFileFinder.LIST_ID).queryListView();
        waitUntil(() -> found.getItems().size() == 1);
        push(KeyCode.DOWN);
        clickOn("#" + OnFileFinder.ENROLL_ID);
        waitUntil(() -> roster.getItems().size() == 1);
        assertEquals("SOMSACK 5", roster.getItems().get(0).nameLatin());
        assertEquals(people, count("people"), "no one entered twice");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> roster.getItems().isEmpty());
        assertEquals(people, count("people"), "undo takes back the enrollment, not the person");
    }

    private int count(String table) {
        return workspace.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private String message() {
        return lookup("#rosterStatusMessage").queryLabeled().getText();
    }

    private Person person(String nameLatin) {
        return workspace.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM people WHERE name_latin = :n").bind("n", nameLatin)
                .mapTo(Person.class).one());
    }

    private EnrollmentStatus enrollmentStatus(UUID id) {
        return workspace.database().jdbi().withHandle(h -> Tables.ENROLLMENTS.find(h, id).orElseThrow().status());
    }
}
