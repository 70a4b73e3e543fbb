package org.cohortdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Failures in the user's words: problems translated, anything else once, with the log's place. */
class ErrorReporterTest {
    private final ErrorReporter reporter = new ErrorReporter(new Localization(Language.VI), Path.of("/data/logs/cohortdesk.0.log"), () -> null);
    private final AtomicReference<Alert> first = new AtomicReference<>();

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (first.get() != null) {
                first.get().close();
            }
        });
    }

    @Test
    void showsAProblemInTheUsersLanguage() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> first.set(reporter.show(new CompletionException(ProblemException.of("error.demo.not_empty", "3 đoàn")))));
        assertEquals("Không thể thực hiện", first.get().getHeaderText());
        String text = ((Labeled) first.get().getDialogPane().getContent()).getText();
        assertEquals(new Localization(Language.VI).tr("error.demo.not_empty", "3 đoàn"), text);
        assertTrue(text.contains("3 đoàn"), text);
    }

    @Test
    void showsAnUnexpectedFailureOnceInPlainWords() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Alert> second = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            first.set(reporter.show(new IllegalStateException("disk full\nat some.Class")));
            second.set(reporter.show(new IllegalStateException("disk full")));
        });
        assertNotNull(first.get());
        assertNull(second.get(), "a second dialog while the first is open");
        String text = ((Labeled) first.get().getDialogPane().getContent()).getText();
        assertEquals("Đã xảy ra lỗi: disk full. Chi tiết ở tệp nhật ký /data/logs/cohortdesk.0.log.", text);
    }
}
