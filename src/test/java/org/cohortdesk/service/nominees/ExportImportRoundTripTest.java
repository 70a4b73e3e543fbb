package org.cohortdesk.service.nominees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip: the biggest cohort of a sample exported (full roster) and imported into
 * an empty cohort of another database gives the same trainees, field by field.
 */
class ExportImportRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = SpreadsheetFormat.class)
    void theBiggestCohortExportedAndImportedIsTheSameFieldByField(SpreadsheetFormat format) throws Exception {
        Path file = dir.resolve("roster." + format.name().toLowerCase());
        List<RosterService.Line> exported;
        try (Workspace sample = Workspace.open(new DataFolder(Files.createDirectories(dir.resolve("sample"))), null, Clock.systemUTC())) {
            sample.services().demo().load(1, 11, p -> {});
            String biggest = sample.services().cohorts().summaries().stream().max(Comparator.comparingInt(CohortSummary::enrolled))
                    .orElseThrow().code();
            Localization tr = new Localization(Language.VI);
            sample.services().exports().write(sample.services().exports().roster(biggest, ExportTemplate.FULL, tr), format, file);
            exported = sample.services().rosters().roster(biggest).lines();
        }

        try (Workspace empty = Workspace.open(new DataFolder(Files.createDirectories(dir.resolve("empty"))), null, Clock.systemUTC())) {
            TestData data = new TestData().insertBasics(empty.database().jdbi());
            empty.database().jdbi().useTransaction(h -> Tables.COHORTS.insert(h,
                    data.cohort("LAO-2027-09", LocalDate.of(2027, 9, 6), LocalDate.of(2027, 11, 26))));
            NomineeImport imports = new NomineeImport(empty.services().pastes());
            NomineeImport.Preview preview = imports.preview(file, "LAO-2027-09", null);
            assertFalse(preview.refusedWhole(), () -> preview.rows().toString());
            assertEquals(exported.size(), imports.save(preview, false));

            Map<String, RosterService.Line> imported = empty.services().rosters().roster("LAO-2027-09").lines().stream()
                    .collect(Collectors.toMap(l -> l.person().passportNo(), Function.identity()));
            for (RosterService.Line before : exported) {
                RosterService.Line after = imported.get(before.person().passportNo());
                String who = before.person().nameLatin();
                assertEquals(before.person().nameLocal(), after.person().nameLocal(), who);
                assertEquals(before.person().nameLatin(), after.person().nameLatin(), who);
                assertEquals(before.person().sex(), after.person().sex(), who);
                assertEquals(before.person().birthDate(), after.person().birthDate(), who);
                assertEquals(before.person().jobTitle(), after.person().jobTitle(), who);
                assertEquals(before.person().agency(), after.person().agency(), who);
                assertEquals(before.person().province(), after.person().province(), who);
                assertEquals(before.person().passportExpiry(), after.person().passportExpiry(), who);
                assertEquals(before.enrollment().visaNo(), after.enrollment().visaNo(), who);
                assertEquals(before.enrollment().visaExpiry(), after.enrollment().visaExpiry(), who);
                assertEquals(before.enrollment().arrivalOn(), after.enrollment().arrivalOn(), who);
                assertEquals(before.enrollment().arrivalFlight(), after.enrollment().arrivalFlight(), who);
                assertEquals(before.enrollment().departureOn(), after.enrollment().departureOn(), who);
                assertEquals(before.enrollment().departureFlight(), after.enrollment().departureFlight(), who);
                assertEquals(before.enrollment().room(), after.enrollment().room(), who);
                assertEquals(before.enrollment().notes(), after.enrollment().notes(), who);
            }
        }
    }
}
