package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.audit.AuditLog;
import org.cohortdesk.ui.audit.AuditDialog;
import org.junit.jupiter.api.Test;

/** History… on a cohort's page: the audit log of the cohort, read in the background, in the window's language. */
class CohortHistoryTest extends RosterPageFixture {
    @Test
    void historyShowsWhoEnrolledWhomAndWhen() throws Exception {
        prepare(dir);
        show(dir, Language.VI);
        UUID cohort = workspace.services().cohorts().summaries().stream().filter(s -> s.code().equals("LAO-2026-03")).findFirst().orElseThrow().id();
        Person p = workspace.services().people().create(new Person(UUID.randomUUID(), "ສີດາ ແສງທອງ", "SIDA SAENGTHONG", Sex.F,
                LocalDate.of(1990, 1, 2), "LA", null, "MoHA", null, null, null, null, null, null, null, null, null, null, NOW, NOW, 0));
        workspace.services().enrollments().enroll(cohort, p.id());
        openCohort("LAO-2026-03");

        clickOn("#" + AuditDialog.COHORT_BUTTON_ID);
        waitUntil(() -> lookup("#" + AuditDialog.TABLE_ID).tryQuery().isPresent());
        TableView<AuditLog.Line> table = lookup("#" + AuditDialog.TABLE_ID).queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        assertEquals(1, table.getItems().size(), "the fixture wrote straight into the tables: only the enrollment is logged");
        List<String> row = table.getColumns().stream().map(c -> text(c, table.getItems().get(0))).toList();
        assertEquals(System.getProperty("user.name"), row.get(1));
        assertEquals(List.of("Tạo mới", "Ghi danh: SIDA SAENGTHONG", "Ghi danh vào lớp LAO-2026-03"), row.subList(2, 5));
        assertTrue(row.get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), row.get(0));
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#" + AuditDialog.TABLE_ID).tryQuery().isEmpty());
    }

    private static String text(TableColumn<AuditLog.Line, ?> column, AuditLog.Line line) {
        Object value = column.getCellObservableValue(line).getValue();
        return value == null ? "" : value.toString();
    }
}
