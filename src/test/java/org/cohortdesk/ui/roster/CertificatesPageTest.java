package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.certificate.CertificatesAction;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Certificates… on a cohort's page: the button, the dialog, the folder, the files written in the background and the result. */
class CertificatesPageTest extends RosterPageFixture {
    static final String CODE = "LAO-2026-03";

    /** LAO-2026-03 completed: its arrived trainees complete. */
    private static void completed(Path folder) {
        try (Workspace w = UiFixtures.open(folder)) {
            w.database().jdbi().useTransaction(h -> {
                h.execute("UPDATE cohorts SET status = 'COMPLETED' WHERE code = ?", CODE);
                h.execute("UPDATE enrollments SET status = 'COMPLETED' WHERE status <> 'WITHDRAWN' AND cohort_id = "
                        + "(SELECT id FROM cohorts WHERE code = ?)", CODE);
            });
        }
    }

    @Test
    void writesTheCertificatesIntoTheChosenFolderAndSaysHowManyAndWhoGotNone() throws Exception {
        prepare(dir);
        completed(dir);
        show(dir, Language.EN);
        openCohort(CODE);
        Button button = lookup("#" + CertificatesAction.BUTTON_ID).queryButton();
        assertEquals("Certificates…", button.getText());
        assertFalse(button.isDisabled());

        Path out = dir.resolve("certificates");
        List<String> reported = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Path> opened = new CopyOnWriteArrayList<>();
        CertificatesAction action = new CertificatesAction(workspace.services().certificates(), new Localization(Language.EN), tasks,
                failures::add, () -> stage, (owner, title) -> Optional.of(out), opened::add);
        FxToolkit.setupFixture(() -> action.start(CODE, reported::add));
        waitUntil(() -> lookup("#" + CertificatesAction.CONFIRM_ID).tryQuery().isPresent());
        clickOn("#" + CertificatesAction.CONFIRM_ID);
        waitUntil(() -> !reported.isEmpty() || !failures.isEmpty());

        assertEquals(List.of(), failures);
        assertTrue(reported.get(0).startsWith("Wrote "), reported.toString());
        Path combined = out.resolve("certificates-" + CODE + ".pdf");
        PdfReadBack all = PdfReadBack.of(combined);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(all.pages().size() + 1, files.count(), "a file per certificate and one of them all");
        }
        assertTrue(all.text().contains("ບຸນມີ ພົມມະຈັນ"), "the trainee added in Lao");
        waitUntil(() -> lookup("#" + CertificatesAction.RESULT_ID).tryQuery().isPresent());
        String details = lookup("#" + CertificatesAction.RESULT_ID).queryAs(TextArea.class).getText();
        assertTrue(details.startsWith("Hours on the certificates: "), details);
        Button open = lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(b -> "Open folder".equals(b.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no Open folder button"));
        interact(open::fire);
        waitUntil(() -> !opened.isEmpty());
        assertEquals(List.of(out), opened);

        reported.clear();
        FxToolkit.setupFixture(() -> action.start(CODE, reported::add));
        waitUntil(() -> lookup("#" + CertificatesAction.REISSUE_ID).tryQuery().isPresent());
        clickOn("#" + CertificatesAction.REISSUE_ID);
        clickOn("#" + CertificatesAction.CONFIRM_ID);
        waitUntil(() -> !reported.isEmpty() || !failures.isEmpty());
        assertEquals(List.of(), failures);
        assertTrue(reported.get(0).contains("(0 new, " + all.pages().size() + " reissued)"), reported.toString());
        assertTrue(PdfReadBack.of(combined).text().contains("Reissued on") || PdfReadBack.of(combined).text().contains("ອອກໃໝ່"));
    }
}
