package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.Sex;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.service.roster.CohortDetail;
import org.cohortdesk.service.roster.CohortHeader;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final Localization EN = new Localization(Language.EN);

    @TempDir
    Path dir;

    final List<Throwable> failures = new ArrayList<>();
    Cohort cohort = cohort(CohortStatus.CONFIRMED, 0);

    static Cohort cohort(CohortStatus status, int version) {
        return new Cohort(UUID.fromString("00000000-0000-0000-0000-000000000001"), "LAO-2026-03", UUID.randomUUID(), UUID.randomUUID(),
                null, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29), 2, status, "Học viện Hành chính Quốc gia", "Nguyễn Thị Ánh",
                null, null, NOW, NOW, version);
    }

    static RosterService.Line line(int no, String lao, String latin, String agency, List<Problem> warnings) {
        Person p = new Person(UUID.randomUUID(), lao, latin, Sex.F, LocalDate.of(1985, 3, 7), "LA", "Chuyên viên", agency, null,
                "Viêng Chăn", "P0100" + no, LocalDate.of(2030, 1, 1), null, null, "Ăn chay", null, null, null, NOW, NOW, 0);
        Enrollment e = new Enrollment(UUID.randomUUID(), UUID.randomUUID(), p.id(), EnrollmentStatus.CONFIRMED, LocalDate.of(2026, 5, 3),
                "QV311", null, null, "A" + no, null, null, null, null, "line\tbreak\nhere", NOW, NOW, 0);
        return new RosterService.Line(no, p, e, warnings);
    }

    CohortDetail detail() {
        List<RosterService.Line> lines = List.of(
                line(1, "ສົມສັກ ພົມມະຈັນ", "SOMSACK PHOMMACHANH", "Sở Nội vụ tỉnh Chăm-pa-sắc", List.of()),
                line(2, "ບຸນມີ ແກ້ວ", "BOUNMY KEO", "Bộ Nội vụ Lào",
                        List.of(Problem.warning("rule.passport.expires_soon", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 29)))),
                line(3, "ນາງ ຄຳ", "KHAM", "Văn phòng Thủ tướng", List.of()));
        return new CohortDetail(new CohortHeader(cohort, "Chuyển đổi số", "Digital transformation", "ການຫັນເປັນດີຈີຕອນ", "Bộ Nội vụ Lào",
                "Kế hoạch hợp tác 2026"), new RosterService.Roster(cohort, lines, List.of(Problem.warning("rule.cohort.over_size", 3, 2))),
                Map.of(lines.get(0).enrollment().id(), new Completion.Tally(10, 1, 0, 1, 0, 11, 90, true),
                        lines.get(1).enrollment().id(), new Completion.Tally(5, 0, 2, 4, 0, 11, 45, false)));
    }

    RosterViewModel model(RosterViewModel.StatusChange change, Settings settings) {
        RosterViewModel model = new RosterViewModel("LAO-2026-03", code -> detail(), change, settings, EN, TaskRunner.sameThread(),
                failures::add);
        model.load();
        return model;
    }

    @Test
    void showsTheHeaderTheRowsAndTheirWarningsInWords() {
        RosterViewModel model = model((id, v, t) -> cohort, null);
        assertEquals("Digital transformation", model.courseTitleProperty().get());
        assertEquals("04/05/2026 – 29/05/2026", model.datesProperty().get());
        assertEquals("3 enrolled of 2 planned", model.sizeProperty().get());
        assertTrue(model.overSizeProperty().get());
        assertEquals("Confirmed", model.statusProperty().get());
        assertEquals(Set.of(CohortStatus.IN_PROGRESS, CohortStatus.PLANNED, CohortStatus.CANCELLED), Set.copyOf(model.nextStatuses()));
        assertEquals(List.of("3 trainees are enrolled, more than the 2 planned."), model.cohortWarnings());
        assertEquals("3 trainees", model.countTextProperty().get());
        RosterRow bounmy = model.rows().get(1);
        assertEquals(List.of("The passport expires on 01/08/2026; it must be valid until 29/11/2026 (6 months after the course ends)."),
                bounmy.warnings());
        assertEquals("07/03/1985", bounmy.birthDateText());
        assertEquals("03/05/2026 QV311", bounmy.arrival());
        assertEquals("Confirmed", bounmy.status());
        assertFalse(model.rows().get(0).hasWarnings());
        assertEquals(List.of(), failures);
    }

    @Test
    void filtersWithoutAccentsAndByLaoScript() {
        RosterViewModel model = model((id, v, t) -> cohort, null);
        model.filterProperty().set("cham pa sac");
        assertEquals(List.of("SOMSACK PHOMMACHANH"), names(model));
        assertEquals("1 of 3 trainees", model.countTextProperty().get());
        model.filterProperty().set("ບຸນມີ");
        assertEquals(List.of("BOUNMY KEO"), names(model));
        model.filterProperty().set("NOI VU");
        assertEquals(List.of("SOMSACK PHOMMACHANH", "BOUNMY KEO"), names(model));
        model.filterProperty().set("nobody");
        assertEquals("No trainee matches \"nobody\".", model.placeholderProperty().get());
        model.filterProperty().set("");
        assertEquals(3, model.shownRows().size());
    }

    @Test
    void copiesRowsAsTabSeparatedTextWithAHeaderLine() {
        RosterViewModel model = model((id, v, t) -> cohort, null);
        String text = model.copyText(List.of(model.rows().get(0), model.rows().get(1)),
                List.of(RosterColumn.NO, RosterColumn.NAME_LOCAL, RosterColumn.NAME_LATIN, RosterColumn.AGENCY, RosterColumn.NOTES,
                        RosterColumn.WARNING));
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        assertEquals("No.\tName (Lao)\tName (Latin)\tAgency\tNotes\tWarnings", lines[0]);
        assertEquals("1\tສົມສັກ ພົມມະຈັນ\tSOMSACK PHOMMACHANH\tSở Nội vụ tỉnh Chăm-pa-sắc\tline break here; Ăn chay\t", lines[1]);
        assertTrue(lines[2].startsWith("2\tບຸນມີ ແກ້ວ\tBOUNMY KEO\tBộ Nội vụ Lào\t"), lines[2]);
        assertTrue(lines[2].endsWith("\tThe passport expires on 01/08/2026; it must be valid until 29/11/2026 (6 months after the course ends)."));
    }

    @Test
    void changesStatusAndSaysSo() {
        AtomicInteger reads = new AtomicInteger();
        RosterViewModel model = new RosterViewModel("LAO-2026-03", code -> {
            reads.incrementAndGet();
            return detail();
        }, (id, version, target) -> {
            cohort = cohort(target, version + 1);
            return cohort;
        }, null, EN, TaskRunner.sameThread(), failures::add);
        model.load();
        model.changeStatus(CohortStatus.IN_PROGRESS);
        assertEquals("Status changed to In progress.", model.statusMessageProperty().get());
        assertEquals("In progress", model.statusProperty().get());
        assertEquals(Set.of(CohortStatus.COMPLETED, CohortStatus.CONFIRMED), Set.copyOf(model.nextStatuses()));
        assertTrue(model.changedProperty().get());
        assertEquals(2, reads.get(), "read again after the change");
        assertEquals(List.of(), failures);
    }

    @Test
    void refusesStaleEditSaysWhyAndReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        RosterViewModel model = new RosterViewModel("LAO-2026-03", code -> {
            reads.incrementAndGet();
            return detail();
        }, (id, version, target) -> {
            throw new StaleEditException(RecordKind.COHORT, "LAO-2026-03", false);
        }, null, EN, TaskRunner.sameThread(), failures::add);
        model.load();
        model.changeStatus(CohortStatus.IN_PROGRESS);
        assertEquals(EN.tr(Problem.error("error.stale.changed", RecordKind.COHORT, "LAO-2026-03")), model.statusMessageProperty().get());
        assertEquals(2, reads.get());
        assertFalse(model.changedProperty().get());
        assertEquals(List.of(), failures, "a refusal is said on the page, not as a failure");
    }

    @Test
    void remembersTheColumnLayout() {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        RosterViewModel model = model((id, v, t) -> cohort, settings);
        assertEquals(List.of(RosterColumn.values()), model.columnLayout().order());
        List<RosterColumn> order = new ArrayList<>(List.of(RosterColumn.values()));
        order.remove(RosterColumn.NAME_LATIN);
        order.add(0, RosterColumn.NAME_LATIN);
        model.saveColumnLayout(new RosterViewModel.ColumnLayout(order, Set.of(RosterColumn.NOTES)));

        Settings reread = Settings.load(dir.resolve("settings.properties"));
        assertTrue(reread.get(RosterViewModel.COLUMNS_SETTING).orElseThrow().startsWith("nameLatin,warning,no,"));
        RosterViewModel.ColumnLayout restored = model((id, v, t) -> cohort, reread).columnLayout();
        assertEquals(order, restored.order());
        assertEquals(Set.of(RosterColumn.NOTES), restored.hidden());
    }

    @Test
    void readsALayoutWithUnknownAndMissingColumns() {
        RosterViewModel.ColumnLayout layout = RosterViewModel.parseLayout("room,-sex,nosuch,,no");
        assertEquals(List.of(RosterColumn.ROOM, RosterColumn.SEX, RosterColumn.NO), layout.order().subList(0, 3));
        assertEquals(RosterColumn.values().length, layout.order().size());
        assertEquals(Set.of(RosterColumn.SEX), layout.hidden());
    }

    private static List<String> names(RosterViewModel model) {
        return model.shownRows().stream().map(RosterRow::nameLatin).toList();
    }

    @Test
    void eachRowShowsItsAttendanceRateToDateAndATickWhenTheTraineeCompletes() {
        RosterViewModel model = model((id, version, target) -> null, null);
        model.load();
        assertEquals(List.of("90 % ✓", "45 %", ""), model.rows().stream().map(RosterRow::attendance).toList(),
                "the third trainee has no session ended yet");
    }
}
