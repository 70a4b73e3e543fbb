package org.cohortdesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The screenshots of docs/user-guide.md, taken from the real window on sample rows. Runs only when
 * asked: {@code mvn test -Dtest=DocScreenshotsTest -Dcohortdesk.screenshots=docs/images}.
 */
@EnabledIfSystemProperty(named = "cohortdesk.screenshots", matches = ".+")
class DocScreenshotsTest extends FxRobot {
    /** One fixed folder, so the status bar in the pictures shows a plain path. */
    private static final Path DATA = Path.of(System.getProperty("java.io.tmpdir"), "CohortDesk");

    private static Path target() throws IOException {
        Path target = Path.of(System.getProperty("cohortdesk.screenshots")).toAbsolutePath();
        Files.createDirectories(target);
        return target;
    }

    @Test
    void cohortListInEachLanguage() throws Exception {
        for (Language language : Language.values()) {
            try (WindowHarness harness = WindowHarness.show(fresh(), language, UiFixtures::insertCohorts)) {
                harness.waitUntilReady();
                WindowHarness.waitUntil(() -> harness.window.shell().orElseThrow().model().countsProperty().get().length() > 0);
                if (language != Language.VI) {
                    save(harness, "cohorts-" + language.tag() + ".png");
                } else {
                    push(KeyCode.CONTROL, KeyCode.F);
                    write("hoc vien");
                    save(harness, "cohorts-filter-vi.png");
                    push(KeyCode.CONTROL, KeyCode.DIGIT7);
                    save(harness, "settings-vi.png");
                }
            }
        }
    }

    @Test
    void welcomeOnFirstRun() throws Exception {
        for (Language language : new Language[] {Language.EN, Language.LO}) {
            try (WindowHarness harness = WindowHarness.show(fresh(), language, null)) {
                harness.waitUntilReady();
                save(harness, "welcome-" + language.tag() + ".png");
            }
        }
    }

    @Test
    void peoplePageWithAPersonsCohorts() throws Exception {
        try (WindowHarness harness = WindowHarness.show(fresh(), Language.EN, w -> w.services().demo().load(2, 7, p -> {}))) {
            harness.waitUntilReady();
            push(KeyCode.CONTROL, KeyCode.DIGIT3);
            javafx.scene.control.TableView<org.cohortdesk.ui.people.PersonRow> people = lookup("#peopleTable").queryTableView();
            WindowHarness.waitUntil(() -> people.getItems().size() > 100);
            org.cohortdesk.ui.people.PersonRow alumnus = people.getItems().stream()
                    .filter(r -> r.enrollments() > 1 && !r.nameLocal().isEmpty()).findFirst().orElse(people.getItems().get(0));
            FxToolkit.setupFixture(() -> {
                people.getSelectionModel().select(alumnus);
                people.scrollTo(Math.max(0, people.getSelectionModel().getSelectedIndex() - 3));
            });
            javafx.scene.control.TableView<?> history = lookup("#personHistory").queryTableView();
            WindowHarness.waitUntil(() -> !history.getItems().isEmpty());
            save(harness, "people-en.png");
        }
    }

    @Test
    void rosterEditingFormAndRooms() throws Exception {
        try (WindowHarness harness = WindowHarness.show(fresh(), Language.EN, w -> w.services().demo().load(2, 7, p -> {}))) {
            harness.waitUntilReady();
            javafx.scene.control.TableView<org.cohortdesk.ui.cohort.CohortRow> cohorts = lookup("#cohortTable").queryTableView();
            WindowHarness.waitUntil(() -> cohorts.getItems().size() > 10);
            FxToolkit.setupFixture(() -> cohorts.getSelectionModel().select(cohorts.getItems().stream()
                    .filter(r -> r.status().equals("Completed")).findFirst().orElseThrow()));
            clickOn(cohorts);
            push(KeyCode.ENTER);
            WindowHarness.waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
            javafx.scene.control.TableView<org.cohortdesk.ui.roster.RosterRow> roster = lookup("#rosterTable").queryTableView();
            WindowHarness.waitUntil(() -> roster.getItems().size() > 10);
            org.cohortdesk.ui.roster.RosterRow first = roster.getItems().get(0);
            clickOn(first.nameLatin());
            push(KeyCode.CONTROL, KeyCode.ENTER);
            WindowHarness.waitUntil(() -> lookup("#traineeSave").tryQuery().isPresent());
            save(dialog(), "trainee-form-en.png");
            push(KeyCode.ESCAPE);
            clickOn("#rosterTravel");
            WindowHarness.waitUntil(() -> lookup("#travelArrivals").tryQuery().isPresent());
            save(dialog(), "travel-en.png");
            push(KeyCode.ESCAPE);
            clickOn(first.position());
            push(KeyCode.ENTER);
            write("Deputy Director General");
            push(KeyCode.ENTER);
            WindowHarness.waitUntil(() -> lookup("#rosterStatusMessage").queryLabeled().getText().startsWith("Saved"));
            save(harness.window.stage(), "roster-edit-en.png");
        }
    }

    @Test
    void pastePreviewInVietnamese() throws Exception {
        try (WindowHarness harness = WindowHarness.show(fresh(), Language.VI, UiFixtures::insertCohorts)) {
            harness.waitUntilReady();
            javafx.scene.control.TableView<?> cohorts = lookup("#cohortTable").queryTableView();
            WindowHarness.waitUntil(() -> cohorts.getItems().size() == 8);
            clickOn("#cohortFilter").write("LAO-2026-03");
            push(KeyCode.ENTER);
            WindowHarness.waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
            javafx.scene.control.TableView<?> roster = lookup("#rosterTable").queryTableView();
            WindowHarness.waitUntil(() -> roster.getItems().size() == 21);
            FxToolkit.setupFixture(() -> {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString("DANH SÁCH HỌC VIÊN ĐOÀN LÀO\n\nHọ tên\tHọ tên (tiếng Lào)\tGiới tính\tNgày sinh\tSố hộ chiếu\tNgày hết hạn\n"
                        + "KHAMLA SYSOMPHONE\tຄຳລາ ສີສົມພອນ\tNữ\t12/04/1988\tP2345678\t01/08/2026\n"
                        + "VILAY INTHAVONG\tວິໄລ ອິນທະວົງ\tNam\t31/02/1985\tP3456789\t15/03/2031\n"
                        + "SOMSACK 4\tສົມສັກ 4\tNữ\t04/01/1984\tP0100004\t01/01/2030\n");
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            });
            clickOn("SOMSACK 1");
            push(KeyCode.CONTROL, KeyCode.V);
            WindowHarness.waitUntil(() -> lookup("#pasteSummary").tryQuery()
                    .map(n -> !((javafx.scene.control.Labeled) n).getText().isEmpty()).orElse(false));
            save(dialog(), "paste-preview-vi.png");
            push(KeyCode.ESCAPE);
        }
    }

    @Test
    void importMappingInEnglish() throws Exception {
        try (WindowHarness harness = WindowHarness.show(fresh(), Language.EN, UiFixtures::insertCohorts)) {
            harness.waitUntilReady();
            AppContext context = harness.window.context().orElseThrow();
            Path file = Files.writeString(Files.createTempDirectory("nominees").resolve("nominees-PMO-2026.csv"),
                    "DANH SÁCH HỌC VIÊN LÀO CỬ SANG HỌC;;;;;;\n"
                    + "STT;Họ tên;ຊື່ ແລະ ນາມສະກຸນ;Phái;Sinh ngày;Passport No.;Đơn vị;Người liên hệ\n"
                    + "1;KHAMLA SYSOMPHONE;ຄຳລາ ສີສົມພອນ;Nữ;12/04/1988;P2345678;Văn phòng Thủ tướng;Mr Bounthan\n"
                    + "2;VILAY INTHAVONG;ວິໄລ ອິນທະວົງ;Nam;31/02/1985;P3456789;Văn phòng Thủ tướng;\n"
                    + "3;Somsack 4;ສົມສັກ 4;Nữ;04/01/1984;P7654321;Văn phòng Thủ tướng;\n", java.nio.charset.StandardCharsets.UTF_8);
            FxToolkit.setupFixture(() -> org.cohortdesk.ui.roster.PastePreviewDialog.showFile(context, "LAO-2026-07", file, null, () -> {}));
            WindowHarness.waitUntil(() -> lookup("#pasteMapping").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
            WindowHarness.waitUntil(() -> lookup("#pasteSummary").tryQuery()
                    .map(n -> !((javafx.scene.control.Labeled) n).getText().startsWith("Reading")).orElse(false));
            save(dialog(), "import-mapping-en.png");
            push(KeyCode.ESCAPE);
        }
    }

    @Test
    void partnersAgreementsAndACourse() throws Exception {
        try (WindowHarness harness = WindowHarness.show(fresh(), Language.VI, w -> w.services().demo().load(3, 7, p -> {}))) {
            harness.waitUntilReady();
            push(KeyCode.CONTROL, KeyCode.DIGIT4);
            javafx.scene.control.TableView<?> partners = lookup("#partnerTable").queryTableView();
            WindowHarness.waitUntil(() -> partners.getItems().size() > 3);
            clickOn("#partnerFilter").write("ministry of home");
            WindowHarness.waitUntil(() -> partners.getItems().size() == 1);
            FxToolkit.setupFixture(() -> partners.getSelectionModel().select(0));
            javafx.scene.control.TableView<?> agreements = lookup("#agreementTable").queryTableView();
            WindowHarness.waitUntil(() -> !agreements.getItems().isEmpty());
            save(harness, "partners-vi.png");

            push(KeyCode.CONTROL, KeyCode.DIGIT5);
            javafx.scene.control.TableView<?> courses = lookup("#courseTable").queryTableView();
            WindowHarness.waitUntil(() -> courses.getItems().size() > 3);
            FxToolkit.setupFixture(() -> courses.getSelectionModel().select(0));
            clickOn("#courseEdit");
            WindowHarness.waitUntil(() -> javafx.stage.Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane));
            save(dialog(), "course-form-vi.png");
            push(KeyCode.ESCAPE);
        }
    }

    /** The dialog on top of the window. */
    private static javafx.stage.Window dialog() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static Path fresh() throws IOException {
        if (Files.exists(DATA)) {
            try (var files = Files.walk(DATA)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(DATA);
    }

    private static void save(WindowHarness harness, String name) throws Exception {
        save(harness.window.stage(), name);
    }

    private static void save(javafx.stage.Window window, String name) throws Exception {
        Screenshots.save(window, target().resolve(name));
    }
}
