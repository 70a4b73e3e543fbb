package org.cohortdesk.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.audit.AuditLog;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.audit.AuditDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** History… on the People page, in the real window: the selected person's audit log, read off the FX thread. */
class PersonHistoryTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void showsWhoChangedWhichFieldsOfTheSelectedPerson() throws Exception {
        String[] name = {null};
        try (WindowHarness window = WindowHarness.show(dir, Language.EN, w -> {
            UiFixtures.insertCohorts(w);
            Person p = w.services().directory().entries().get(0).person();
            name[0] = p.nameLatin();
            w.services().people().update(new Person(p.id(), p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.nationality(), p.jobTitle(),
                    p.agency(), p.partnerId(), p.province(), p.passportNo(), p.passportExpiry(), "020 5555 0001", p.email(), p.dietaryNotes(),
                    p.healthNotes(), p.emergencyContact(), p.notes(), p.createdAt(), p.updatedAt(), p.version()));
        })) {
            window.waitUntilReady();
            clickOn("#nav-people");
            WindowHarness.waitUntil(() -> lookup("#" + AuditDialog.PERSON_BUTTON_ID).tryQuery().isPresent());
            assertTrue(lookup("#" + AuditDialog.PERSON_BUTTON_ID).query().isDisabled(), "no one selected: nothing to show");
            TableView<PersonRow> people = lookup("#" + PeopleView.TABLE_ID).queryTableView();
            WindowHarness.waitUntil(() -> people.getItems().stream().anyMatch(r -> r.nameLatin().equals(name[0])));
            WaitForAsyncUtils.asyncFx(() -> people.getItems().stream().filter(r -> r.nameLatin().equals(name[0])).findFirst()
                    .ifPresent(r -> people.getSelectionModel().select(r))).get();

            clickOn("#" + AuditDialog.PERSON_BUTTON_ID);
            WindowHarness.waitUntil(() -> lookup("#" + AuditDialog.TABLE_ID).tryQuery().isPresent());
            TableView<AuditLog.Line> table = lookup("#" + AuditDialog.TABLE_ID).queryTableView();
            WindowHarness.waitUntil(() -> !table.getItems().isEmpty());
            List<String> row = table.getColumns().stream().map(c -> text(c, table.getItems().get(0))).toList();
            assertEquals(List.of(System.getProperty("user.name"), "Changed", "Person", name[0] + ": changed Phone"), row.subList(1, 5));
            assertEquals(List.of(), window.sqlOnFxThread(), "read in the background");
            type(javafx.scene.input.KeyCode.ESCAPE);
        }
    }

    private static String text(TableColumn<AuditLog.Line, ?> column, AuditLog.Line line) {
        Object value = column.getCellObservableValue(line).getValue();
        return value == null ? "" : value.toString();
    }
}
