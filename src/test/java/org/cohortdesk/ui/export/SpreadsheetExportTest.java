package org.cohortdesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's export after the file is chosen: written off the FX thread, then a message or the refusal. */
class SpreadsheetExportTest {
    @TempDir
    Path dir;

    @Test
    void writesTheChosenTemplateAndSaysHowManyRowsWentWhere() throws Exception {
        try (Workspace w = UiFixtures.open(dir.resolve("data"))) {
            UiFixtures.insertCohorts(w);
            Localization tr = new Localization(Language.EN);
            List<String> reported = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            ExportService exports = w.services().exports();
            SpreadsheetExport export = new SpreadsheetExport(exports, tr, TaskRunner.sameThread(), failures::add, () -> null);
            Path file = dir.resolve("visa.xlsx");

            export.write(() -> exports.roster("LAO-2026-03", ExportTemplate.VISA, tr), SpreadsheetFormat.XLSX, file, reported::add);

            assertEquals(List.of(), failures);
            int rows = exports.roster("LAO-2026-03", ExportTemplate.VISA, tr).rows().size();
            assertEquals(List.of(rows + " rows written to " + file + "."), reported);
            assertTrue(Files.size(file) > 0);

            export.write(() -> exports.people(tr), SpreadsheetFormat.CSV, dir.resolve("missing/everyone.csv"), reported::add);
            assertEquals(1, failures.size());
            assertEquals("error.export.folder", ((ProblemException) TaskRunner.unwrap(failures.get(0))).problem().key());
        }
    }

    @Test
    void theChosenFileGetsTheFormatsExtensionWhenTheChooserLeftItOff() {
        assertEquals(Path.of("a/roster.xlsx"), SaveFile.withExtension(Path.of("a/roster"), "xlsx"));
        assertEquals(Path.of("a/roster.XLSX"), SaveFile.withExtension(Path.of("a/roster.XLSX"), "xlsx"));
    }
}
