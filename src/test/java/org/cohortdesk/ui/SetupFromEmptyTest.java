package org.cohortdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Field;
import org.cohortdesk.ui.agreement.AgreementDialog;
import org.cohortdesk.ui.agreement.AgreementRow;
import org.cohortdesk.ui.cohort.CohortRow;
import org.cohortdesk.ui.cohort.CohortsView;
import org.cohortdesk.ui.cohort.NewCohortDialog;
import org.cohortdesk.ui.common.FormDialog;
import org.cohortdesk.ui.course.CourseDialog;
import org.cohortdesk.ui.course.CourseRow;
import org.cohortdesk.ui.course.CoursesView;
import org.cohortdesk.ui.course.ModuleDraft;
import org.cohortdesk.ui.partner.PartnerDialog;
import org.cohortdesk.ui.partner.PartnerRow;
import org.cohortdesk.ui.partner.PartnersView;
import org.junit.jupiter.api.Test;

/**
 * From an empty database, without the sample data, through the window: a partner, an agreement
 * with planned numbers, a course with two modules, and a new cohort that then shows in the list.
 */
class SetupFromEmptyTest extends WindowTest {

    @Test
    void setsUpAPartnerAnAgreementACourseAndANewCohortFromNothing() throws Exception {
        window = WindowHarness.show(dir, Language.EN, null);
        window.waitUntilReady();

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        TableView<PartnerRow> partners = lookup("#" + PartnersView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> "No partners".equals(label("#" + PartnersView.COUNT_ID)));
        addPartner(partners);
        addAgreement();
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        addCourse();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        addCohort();

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        TableView<AgreementRow> agreements = lookup("#" + PartnersView.AGREEMENTS_ID).queryTableView();
        WindowHarness.waitUntil(() -> agreements.getItems().size() == 1 && agreements.getItems().get(0).cohorts().equals("1 / 2"));
        assertEquals("0 / 40", agreements.getItems().get(0).trainees(), "no trainee enrolled yet");
        assertEquals(List.of(), window.sqlOnFxThread(), "no query on the FX thread");
    }

    @Test
    void editsACoursesModulesInPlaceAndEscLeavesAnEditUnsaved() throws Exception {
        window = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        TableView<CourseRow> courses = lookup("#" + CoursesView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> courses.getItems().size() == 6);
        interact(() -> courses.getSelectionModel().select(courses.getItems().stream().filter(r -> r.code().equals("CDS-01")).findFirst()
                .orElseThrow()));

        clickOn("#" + CoursesView.EDIT_ID);
        WindowHarness.waitUntil(() -> lookup("#" + CourseDialog.CODE_ID).tryQuery().isPresent());
        interact(() -> text(CourseDialog.CODE_ID).setText("CDS-99"));
        push(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#" + CourseDialog.CODE_ID).tryQuery().isEmpty());

        clickOn("#" + CoursesView.EDIT_ID);
        WindowHarness.waitUntil(() -> lookup("#" + CourseDialog.CODE_ID).tryQuery().isPresent());
        assertEquals("CDS-01", text(CourseDialog.CODE_ID).getText(), "the cancelled edit was not saved");
        addModule("Tổng quan", "Overview", "4", false);
        TableView<ModuleDraft> modules = lookup("#" + CourseDialog.MODULES_ID).queryTableView();
        WindowHarness.waitUntil(() -> modules.getItems().size() == 1);
        Labeled hours = from(modules).lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "4".equals(c.getText()))
                .findFirst().orElseThrow();
        doubleClickOn(hours);
        WindowHarness.waitUntil(() -> modules.getEditingCell() != null);
        push(KeyCode.CONTROL, KeyCode.A);
        write("6");
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> label("#" + CourseDialog.TOTAL_ID).equals("1 module, 6 hours in all"));
        assertTrue(lookup("#" + CourseDialog.CODE_ID).tryQuery().isPresent(), "Enter in a cell keeps the dialog open");
        clickOn("#" + FormDialog.SAVE_ID);
        WindowHarness.waitUntil(() -> courses.getSelectionModel().getSelectedItem() != null
                && courses.getSelectionModel().getSelectedItem().hours() == 6);
        assertEquals("CDS-01", courses.getSelectionModel().getSelectedItem().code());
        assertEquals(List.of(), window.sqlOnFxThread(), "no query on the FX thread");
    }

    private void addPartner(TableView<PartnerRow> partners) throws Exception {
        clickOn("#" + PartnersView.NEW_ID);
        WindowHarness.waitUntil(() -> lookup("#" + PartnerDialog.NAME_ID).tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#" + PartnerDialog.NAME_ID).tryQuery().isEmpty());

        clickOn("#" + PartnersView.NEW_ID);
        WindowHarness.waitUntil(() -> lookup("#" + PartnerDialog.NAME_ID).tryQuery().isPresent());
        clickOn("#" + PartnerDialog.NAME_ID);
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> "A partner needs a name.".equals(label("#" + FormDialog.ERROR_ID)));
        assertTrue(partners.getItems().isEmpty(), "nothing saved");

        interact(() -> {
            text(PartnerDialog.NAME_ID).setText("Bộ Nội vụ Lào");
            text(PartnerDialog.NAME_LOCAL_ID).setText("ກະຊວງພາຍໃນ");
            text(PartnerDialog.SHORT_NAME_ID).setText("MoHA");
        });
        clickOn("#" + PartnerDialog.SHORT_NAME_ID);
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> partners.getItems().size() == 1 && partners.getSelectionModel().getSelectedItem() != null);
        assertEquals("Bộ Nội vụ Lào", partners.getItems().get(0).name());
        assertEquals("Ministry", partners.getItems().get(0).kind());
        assertTrue(lookup("#" + PartnerDialog.NAME_ID).tryQuery().isEmpty(), "the dialog closed");
    }

    private void addAgreement() throws Exception {
        WindowHarness.waitUntil(() -> label("#" + PartnersView.AGREEMENTS_TITLE_ID).equals("Bộ Nội vụ Lào has no agreement yet."));
        clickOn("#" + PartnersView.NEW_AGREEMENT_ID);
        WindowHarness.waitUntil(() -> lookup("#" + AgreementDialog.TITLE_ID).tryQuery().isPresent());
        interact(() -> {
            text(AgreementDialog.TITLE_ID).setText("Annual plan 2027");
            date(AgreementDialog.START_ID).getEditor().setText("01/01/2027");
            date(AgreementDialog.END_ID).getEditor().setText("31/12/2027");
            text(AgreementDialog.PLANNED_COHORTS_ID).setText("two");
            text(AgreementDialog.PLANNED_TRAINEES_ID).setText("40");
        });
        clickOn("#" + FormDialog.SAVE_ID);
        WindowHarness.waitUntil(() -> label("#" + FormDialog.ERROR_ID).equals("Planned cohorts: \"two\" is not a whole number."));
        interact(() -> text(AgreementDialog.PLANNED_COHORTS_ID).setText("2"));
        clickOn("#" + FormDialog.SAVE_ID);
        TableView<AgreementRow> agreements = lookup("#" + PartnersView.AGREEMENTS_ID).queryTableView();
        WindowHarness.waitUntil(() -> agreements.getItems().size() == 1);
        AgreementRow row = agreements.getItems().get(0);
        assertEquals("Annual plan 2027", row.title());
        assertEquals("Annual plan", row.kind());
        assertEquals("0 / 2", row.cohorts());
        assertEquals("0 / 40", row.trainees());
    }

    private void addCourse() throws Exception {
        TableView<CourseRow> courses = lookup("#" + CoursesView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> "No courses".equals(label("#" + CoursesView.COUNT_ID)));
        clickOn("#" + CoursesView.NEW_ID);
        WindowHarness.waitUntil(() -> lookup("#" + CourseDialog.CODE_ID).tryQuery().isPresent());
        interact(() -> {
            text(CourseDialog.CODE_ID).setText("CDS-01");
            text(CourseDialog.TITLE_VI_ID).setText("Chuyển đổi số trong cơ quan hành chính");
            text(CourseDialog.TITLE_EN_ID).setText("Digital transformation in public administration");
            text(CourseDialog.TITLE_LO_ID).setText("ການຫັນເປັນດີຈີຕອນ");
            this.<Field>combo(CourseDialog.FIELD_ID).getSelectionModel().select(Field.DIGITAL_TRANSFORMATION);
            text(CourseDialog.LENGTH_ID).setText("4");
        });
        addModule("Tổng quan", "Overview", "8", false);
        addModule("Dữ liệu mở", "Open data", "12", true);
        WindowHarness.waitUntil(() -> label("#" + CourseDialog.TOTAL_ID).equals("2 modules, 20 hours in all"));
        assertTrue(courses.getItems().isEmpty(), "Enter in the new-module row did not save the course");
        clickOn("#" + FormDialog.SAVE_ID);
        WindowHarness.waitUntil(() -> courses.getItems().size() == 1);
        CourseRow row = courses.getItems().get(0);
        assertEquals("CDS-01", row.code());
        assertEquals(2, row.modules());
        assertEquals(20, row.hours());
        assertEquals("4 weeks", row.length());
    }

    /** Adds a module from the row under the table, with the button or with Enter in the hours field (which adds, not saves). */
    private void addModule(String vi, String en, String hours, boolean enter) {
        interact(() -> {
            text(CourseDialog.MODULE_VI_ID).setText(vi);
            text(CourseDialog.MODULE_EN_ID).setText(en);
            text(CourseDialog.MODULE_HOURS_ID).setText(hours);
        });
        if (enter) {
            clickOn("#" + CourseDialog.MODULE_HOURS_ID);
            push(KeyCode.ENTER);
        } else {
            clickOn("#" + CourseDialog.MODULE_ADD_ID);
        }
    }

    private void addCohort() throws Exception {
        TableView<CohortRow> cohorts = lookup("#" + CohortsView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> "No cohorts".equals(label("#" + CohortsView.COUNT_ID)));
        push(KeyCode.CONTROL, KeyCode.N);
        WindowHarness.waitUntil(() -> lookup("#" + NewCohortDialog.COURSE_ID).tryQuery().isPresent()
                && !combo(NewCohortDialog.COURSE_ID).getItems().isEmpty());
        interact(() -> {
            text(NewCohortDialog.CODE_ID).setText("LAO-2027-01");
            combo(NewCohortDialog.PARTNER_ID).getSelectionModel().selectFirst();
            date(NewCohortDialog.START_ID).getEditor().setText("01/03/2027");
            date(NewCohortDialog.END_ID).getEditor().setText("31/04/2027");
        });
        assertEquals(1, combo(NewCohortDialog.AGREEMENT_ID).getItems().size(), "the partner's agreement to choose");
        clickOn("#" + NewCohortDialog.VENUE_ID);
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> label("#" + FormDialog.ERROR_ID).startsWith("End: \"31/04/2027\" is not a date."));
        interact(() -> date(NewCohortDialog.END_ID).getEditor().setText("23.4.2027"));
        clickOn("#" + NewCohortDialog.VENUE_ID);
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> label("#" + FormDialog.ERROR_ID).equals("Choose the course the cohort follows."));
        interact(() -> {
            combo(NewCohortDialog.COURSE_ID).getSelectionModel().selectFirst();
            combo(NewCohortDialog.AGREEMENT_ID).getSelectionModel().selectFirst();
            text(NewCohortDialog.COORDINATOR_ID).setText("Nguyễn Thị Ánh");
        });
        clickOn("#" + NewCohortDialog.VENUE_ID);
        write("Hall A");
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> cohorts.getItems().size() == 1 && cohorts.getSelectionModel().getSelectedItem() != null);
        CohortRow row = cohorts.getSelectionModel().getSelectedItem();
        assertEquals("LAO-2027-01", row.code());
        assertEquals("Digital transformation in public administration", row.course());
        assertEquals("Bộ Nội vụ Lào", row.partner());
        assertEquals("0 / 20", row.size());
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private TextField text(String id) {
        return lookup("#" + id).queryAs(TextField.class);
    }

    private DatePicker date(String id) {
        return lookup("#" + id).queryAs(DatePicker.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return lookup("#" + id).queryAs(ComboBox.class);
    }
}
