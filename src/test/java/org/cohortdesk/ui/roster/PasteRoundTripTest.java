package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.roster.PasteRow;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.UiFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A roster copied by the app (Ctrl+C on the cohort page) pastes back as the same people, in every language. */
class PasteRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void theRostersOwnCopyPastesBackToTheSamePeople(Language language) {
        CohortPageTest.prepare(dir);
        try (Workspace w = UiFixtures.open(dir)) {
            UUID cohort = w.services().rosters().roster("LAO-2026-03").cohort().id();
            Person noy = new Person(UUID.randomUUID(), "ນ້ອຍ ວົງສາ", "Noy Vongsa", Sex.F, LocalDate.of(1991, 12, 31), "LA", "Chuyên viên",
                    "Bộ Nội vụ Lào", null, "Luang Prabang", "P0300003", LocalDate.of(2032, 3, 1), null, null, null, null, null, null,
                    CohortPageTest.NOW, CohortPageTest.NOW, 0);
            Enrollment stay = new Enrollment(UUID.randomUUID(), cohort, noy.id(), EnrollmentStatus.CONFIRMED, LocalDate.of(2026, 5, 3), null,
                    LocalDate.of(2026, 5, 30), "QV312", "A101", "VN-88 12", LocalDate.of(2026, 6, 30), null, null, "Ăn chay; không ăn cay",
                    CohortPageTest.NOW, CohortPageTest.NOW, 0);
            w.database().jdbi().useTransaction(h -> {
                Tables.PEOPLE.insert(h, noy);
                Tables.ENROLLMENTS.insert(h, stay);
            });
            Localization tr = new Localization(language);
            RosterService.Roster roster = w.services().rosters().roster("LAO-2026-03");
            List<RosterRow> rows = roster.lines().stream().map(line -> RosterRow.of(line, tr)).toList();
            String copied = new RosterViewModel("LAO-2026-03", null, null, null, tr, null, null).copyText(rows, List.of(RosterColumn.values()));

            RosterPaste.Preview preview = w.services().pastes().preview("LAO-2026-07", copied);

            assertTrue(preview.hasHeader());
            assertEquals(0, preview.errors(), preview.rows().stream().flatMap(r -> r.problems().stream()).toList().toString());
            assertEquals(roster.lines().size(), preview.rows().size());
            for (int i = 0; i < rows.size(); i++) {
                RosterService.Line line = roster.lines().get(i);
                PasteRow pasted = preview.rows().get(i);
                assertSamePerson(line.person(), pasted.person());
                assertSameStay(line.enrollment(), pasted.stay());
                assertEquals(PasteRow.Action.EXISTING, pasted.action(), "the passport is on file");
                assertEquals(line.person().id(), pasted.existing().id());
            }
        }
    }

    private static void assertSamePerson(Person expected, Person actual) {
        assertEquals(List.of(expected.nameLocal(), expected.nameLatin(), expected.sex(), expected.birthDate(), text(expected.jobTitle()),
                text(expected.agency()), text(expected.province()), expected.passportNo(), expected.passportExpiry()),
                List.of(actual.nameLocal(), actual.nameLatin(), actual.sex(), actual.birthDate(), text(actual.jobTitle()),
                        text(actual.agency()), text(actual.province()), actual.passportNo(), actual.passportExpiry()));
    }

    private static void assertSameStay(Enrollment expected, Enrollment actual) {
        assertEquals(java.util.Arrays.asList(expected.arrivalOn(), expected.arrivalFlight(), expected.departureOn(), expected.departureFlight(),
                expected.room(), expected.visaNo(), expected.visaExpiry(), expected.notes()),
                java.util.Arrays.asList(actual.arrivalOn(), actual.arrivalFlight(), actual.departureOn(), actual.departureFlight(),
                        actual.room(), actual.visaNo(), actual.visaExpiry(), actual.notes()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
