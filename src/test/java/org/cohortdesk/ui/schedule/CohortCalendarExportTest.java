package org.cohortdesk.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export calendar (ICS)… once the file is chosen: the calendar written, the page told how many sessions went where. */
class CohortCalendarExportTest {
    @TempDir
    Path dir;

    @Test
    void writesTheCalendarAndReportsIt() throws Exception {
        try (Workspace workspace = UiFixtures.open(dir.resolve("data"))) {
            UiFixtures.insertCohorts(workspace);
            workspace.database().jdbi().useTransaction(h -> {
                Cohort cohort = h.attach(CohortDao.class).findByCode("LAO-2026-03").orElseThrow();
                Tables.SESSIONS.insert(h, new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.CEREMONY, "Lễ khai giảng",
                        LocalDateTime.of(2026, 5, 4, 8, 0), LocalDateTime.of(2026, 5, 4, 9, 30), "Hội trường A", null, TestData.NOW,
                        TestData.NOW, 0));
            });
            AppContext context = AppContext.create(workspace, Language.VI, TaskRunner.sameThread(), "test", () -> null);
            List<String> reported = new ArrayList<>();
            CohortSchedule schedule = new CohortSchedule(context, "LAO-2026-03", () -> null, reported::add, () -> { });
            Path file = dir.resolve("LAO-2026-03.ics");

            schedule.writeCalendar(file);

            assertEquals(List.of("Đã ghi 1 buổi học vào " + file + "."), reported);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("SUMMARY:Lễ khai giảng\r\n"), text);
            assertTrue(text.replace("\r\n ", "").contains("DESCRIPTION:Lễ\\nLAO-2026-03 – Chuyển đổi số trong cơ quan hành chính\r\n"), text);
        }
    }
}
