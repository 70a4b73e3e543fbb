package org.cohortdesk.ui.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** The cohort list's state, without any window. */
class CohortsViewModelTest {
    private static final List<CohortSummary> SUMMARIES = List.of(
            summary("LAO-2026-03", "Chuyển đổi số trong cơ quan hành chính", "Digital transformation", "ການຫັນເປັນດີຈີຕອນ",
                    "Học viện Chính trị và Hành chính Quốc gia Lào", 21, 20, CohortStatus.IN_PROGRESS),
            summary("LAO-2026-02", "Nghiệp vụ văn thư, lưu trữ", "Archives and records", null, "Văn phòng Thủ tướng Chính phủ Lào",
                    18, 18, CohortStatus.COMPLETED),
            summary("LAO-2026-01", "Quản lý nhà nước về tổ chức bộ máy", "State organisation", "ການຄຸ້ມຄອງລັດ", "Bộ Nội vụ Lào",
                    0, 20, CohortStatus.PLANNED));

    private final List<Throwable> failures = new ArrayList<>();

    private CohortsViewModel loaded(Language language) {
        CohortsViewModel model = new CohortsViewModel(() -> SUMMARIES, new Localization(language), TaskRunner.sameThread(), failures::add);
        model.load();
        return model;
    }

    @Test
    void filtersAsYouTypeIgnoringCaseAndVietnameseMarks() {
        CohortsViewModel model = loaded(Language.VI);
        model.filterProperty().set("hoc vien");
        assertEquals(List.of("LAO-2026-03"), codes(model));
        model.filterProperty().set("LUU TRU");
        assertEquals(List.of("LAO-2026-02"), codes(model));
        model.filterProperty().set("lao-2026-01");
        assertEquals(List.of("LAO-2026-01"), codes(model));
        model.filterProperty().set("bo noi vu");
        assertEquals(List.of("LAO-2026-01"), codes(model));
        model.filterProperty().set("");
        assertEquals(3, model.shownRows().size());
    }

    @Test
    void searchesTheCourseTitleOfTheWindowLanguage() {
        CohortsViewModel model = loaded(Language.EN);
        model.filterProperty().set("archives");
        assertEquals(List.of("LAO-2026-02"), codes(model));
        model.filterProperty().set("luu tru");
        assertEquals(List.of(), codes(model));
        assertEquals("No cohort matches \"luu tru\".", model.placeholderProperty().get());
    }

    @Test
    void formatsTheSizeAsEnrolledOfPlannedAndFlagsOverSize() {
        CohortsViewModel model = loaded(Language.EN);
        CohortRow overfull = model.rows().get(0);
        assertEquals("21 / 20", overfull.size());
        assertTrue(overfull.overSize());
        assertEquals("18 / 18", model.rows().get(1).size());
        assertFalse(model.rows().get(1).overSize());
        assertEquals("0 / 20", model.rows().get(2).size());
    }

    @Test
    void showsTitlesAndStatusInTheWindowLanguageWithEnglishWhenLaoIsMissing() {
        CohortsViewModel lao = loaded(Language.LO);
        assertEquals("ການຫັນເປັນດີຈີຕອນ", lao.rows().get(0).course());
        assertEquals("Archives and records", lao.rows().get(1).course());
        assertEquals("ກຳລັງຮຽນ", lao.rows().get(0).status());
        CohortsViewModel vi = loaded(Language.VI);
        assertEquals("Nghiệp vụ văn thư, lưu trữ", vi.rows().get(1).course());
        assertEquals("Đang học", vi.rows().get(0).status());
    }

    @Test
    void countsWhatTheFilterShows() {
        CohortsViewModel model = loaded(Language.EN);
        assertEquals("3 cohorts", model.countTextProperty().get());
        model.filterProperty().set("lao-2026-0");
        assertEquals("3 cohorts", model.countTextProperty().get());
        model.filterProperty().set("hoc vien");
        assertEquals("1 of 3 cohorts", model.countTextProperty().get());
    }

    @Test
    void saysWhenThereIsNothingYetAndPassesFailuresOn() {
        CohortsViewModel empty = new CohortsViewModel(List::of, new Localization(Language.EN), TaskRunner.sameThread(), failures::add);
        assertEquals("Reading the cohorts…", empty.placeholderProperty().get());
        empty.load();
        assertTrue(empty.loadedProperty().get());
        assertTrue(empty.placeholderProperty().get().startsWith("No cohorts yet."));
        assertEquals("No cohorts", empty.countTextProperty().get());

        Supplier<List<CohortSummary>> broken = () -> {
            throw new IllegalStateException("disk gone");
        };
        CohortsViewModel failing = new CohortsViewModel(broken, new Localization(Language.EN), TaskRunner.sameThread(), failures::add);
        failing.load();
        assertEquals(1, failures.size());
        assertFalse(failing.loadingProperty().get());
    }

    @Test
    void readsAgainKeepingTheFilterAndThenRunsWhatFollows() {
        CohortsViewModel model = loaded(Language.EN);
        model.filterProperty().set("archives");
        List<String> seen = new ArrayList<>();
        model.load(() -> seen.add(String.join(",", codes(model))));
        assertEquals(List.of("LAO-2026-02"), seen, "runs once the new rows show, filter still applied");
        assertEquals("1 of 3 cohorts", model.countTextProperty().get());
    }

    private static List<String> codes(CohortsViewModel model) {
        return model.shownRows().stream().map(CohortRow::code).toList();
    }

    private static CohortSummary summary(String code, String vi, String en, String lo, String partner, int enrolled, int planned,
            CohortStatus status) {
        return new CohortSummary(UUID.randomUUID(), code, vi, en, lo, partner, "LA", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24),
                enrolled, planned, status);
    }
}
