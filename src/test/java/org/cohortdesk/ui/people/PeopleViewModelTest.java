package org.cohortdesk.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.Sex;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.service.person.PersonHistory;
import org.cohortdesk.service.person.PersonMerge;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** The People page's state, without any window. */
class PeopleViewModelTest {
    private static final Person ANH = person("Nguyễn Thị Ánh", null, "C1234567", "Học viện Hành chính Quốc gia");
    private static final Person SOMSAK = person("Somsak Phommachanh", "ສົມສັກ ພົມມະຈັນ", "P1234567", "Ministry of Home Affairs");
    private static final Person SOMSAK_AGAIN = person("PHOMMACHANH Somsak", "ສົມສັກ ພົມມະຈັນ", null, "Prime Minister's Office");

    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> merged = new ArrayList<>();
    private final List<PeopleDirectory.Entry> entries = new ArrayList<>(List.of(
            new PeopleDirectory.Entry(ANH, List.of()),
            new PeopleDirectory.Entry(SOMSAK_AGAIN, List.of("LAO-2026-05")),
            new PeopleDirectory.Entry(SOMSAK, List.of("LAO-2024-02", "LAO-2026-01"))));
    private final List<PeopleDirectory.Duplicate> pairs = new ArrayList<>(
            List.of(new PeopleDirectory.Duplicate(SOMSAK_AGAIN, SOMSAK, DuplicateReason.SAME_BIRTH_DATE_AND_NAME)));
    private boolean stale;

    private final PeopleViewModel.Source source = new PeopleViewModel.Source() {
        @Override
        public List<PeopleDirectory.Entry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public List<PersonHistory.Line> history(UUID personId) {
            if (!personId.equals(SOMSAK.id())) {
                return List.of();
            }
            return List.of(new PersonHistory.Line(UUID.randomUUID(), UUID.randomUUID(), "LAO-2024-02", "Quản lý nhà nước",
                    "State organisation", "ການຄຸ້ມຄອງລັດ", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 26), EnrollmentStatus.COMPLETED));
        }

        @Override
        public List<PeopleDirectory.Duplicate> duplicates() {
            return List.copyOf(pairs);
        }

        @Override
        public PersonMerge.Result merge(UUID keepId, int keepVersion, UUID dropId, int dropVersion) {
            if (stale) {
                throw new StaleEditException(RecordKind.PERSON, "x", false);
            }
            merged.add(keepId + " <- " + dropId);
            entries.removeIf(e -> e.person().id().equals(dropId));
            pairs.clear();
            return new PersonMerge.Result(SOMSAK, 1, 0, 3, 0);
        }
    };

    private PeopleViewModel loaded(Language language) {
        PeopleViewModel model = new PeopleViewModel(source, new Localization(language), TaskRunner.sameThread(), failures::add);
        model.load();
        return model;
    }

    @Test
    void filtersInMemoryIgnoringAccentsAndMatchingLaoScript() {
        PeopleViewModel model = loaded(Language.EN);
        assertEquals("3 people", model.countTextProperty().get());
        model.filterProperty().set("nguyen thi anh");
        assertEquals(List.of("Nguyễn Thị Ánh"), names(model));
        model.filterProperty().set("HOC VIEN");
        assertEquals(List.of("Nguyễn Thị Ánh"), names(model));
        model.filterProperty().set("ສົມສັກ");
        assertEquals(List.of("PHOMMACHANH Somsak", "Somsak Phommachanh"), names(model));
        assertEquals("2 of 3 people", model.countTextProperty().get());
        model.filterProperty().set("p1234567");
        assertEquals(List.of("Somsak Phommachanh"), names(model));
        model.filterProperty().set("nobody");
        assertEquals(List.of(), names(model));
        assertEquals("No person matches \"nobody\".", model.placeholderProperty().get());
        model.filterProperty().set("");
        assertEquals(3, model.shownRows().size());
    }

    @Test
    void rowsShowDatesDayFirstAndCohortCodes() {
        PersonRow somsak = loaded(Language.VI).rows().get(2);
        assertEquals("17/02/1984", somsak.birth());
        assertEquals("LAO-2024-02, LAO-2026-01", somsak.cohorts());
        assertEquals("Nữ", somsak.sex(), "sex in words, in the window's language");
        assertEquals(2, somsak.enrollments());
    }

    @Test
    void selectingAPersonShowsTheirCohortsInTheWindowLanguage() {
        PeopleViewModel model = loaded(Language.VI);
        assertEquals("Chọn một học viên để xem các đoàn người đó đã tham gia.", model.historyTitleProperty().get());
        model.selectedProperty().set(model.rows().get(2));
        assertEquals(1, model.history().size());
        HistoryRow line = model.history().get(0);
        assertEquals("LAO-2024-02", line.code());
        assertEquals("Quản lý nhà nước", line.course());
        assertEquals("Hoàn thành", line.status(), "the enrollment status in words");
        assertEquals("Các đoàn của Somsak Phommachanh", model.historyTitleProperty().get());
        model.selectedProperty().set(model.rows().get(0));
        assertEquals(List.of(), model.history());
        assertEquals("Nguyễn Thị Ánh chưa tham gia đoàn nào.", model.historyTitleProperty().get());
    }

    @Test
    void listsDuplicatesAndSuggestsKeepingTheRecordWithMoreCohorts() {
        PeopleViewModel model = loaded(Language.EN);
        model.loadDuplicates();
        assertEquals(1, model.duplicates().size());
        assertEquals("1 pair", model.duplicatesTextProperty().get());
        DuplicateRow pair = model.duplicates().get(0);
        assertEquals("same birth date and a similar name", pair.reason());
        assertEquals("ສົມສັກ ພົມມະຈັນ", pair.first().nameLocal());
        MergePlan plan = MergePlan.suggested(pair);
        assertEquals(SOMSAK.id(), plan.keep().id(), "two cohorts beat one");
        assertEquals(SOMSAK_AGAIN.id(), plan.swapped().keep().id());
    }

    @Test
    void mergingReadsEveryoneAndThePairsAgain() {
        PeopleViewModel model = loaded(Language.EN);
        model.loadDuplicates();
        boolean[] done = {false};
        model.merge(MergePlan.suggested(model.duplicates().get(0)), () -> done[0] = true);
        assertTrue(done[0]);
        assertEquals(List.of(SOMSAK.id() + " <- " + SOMSAK_AGAIN.id()), merged);
        assertEquals(2, model.rows().size());
        assertEquals(List.of(), model.duplicates());
        assertEquals("No likely duplicates.", model.duplicatesTextProperty().get());
        assertEquals("Merged PHOMMACHANH Somsak into Somsak Phommachanh. Cohorts taken over: 1; attendance marks taken over: 3.",
                model.messageProperty().get());
        assertEquals(List.of(), failures);
    }

    @Test
    void aStaleMergeIsReportedAndNothingIsClaimed() {
        PeopleViewModel model = loaded(Language.EN);
        model.loadDuplicates();
        stale = true;
        model.merge(MergePlan.suggested(model.duplicates().get(0)), () -> {});
        assertEquals(1, failures.size());
        assertTrue(failures.get(0) instanceof StaleEditException);
        assertEquals("", model.messageProperty().get());
        assertEquals(1, model.duplicates().size(), "the pair is read again and still there");
    }

    private static List<String> names(PeopleViewModel model) {
        return model.shownRows().stream().map(PersonRow::nameLatin).toList();
    }

    private static Person person(String latin, String local, String passport, String agency) {
        return new Person(UUID.randomUUID(), local, latin, Sex.F, LocalDate.of(1984, 2, 17), "LA", null, agency, null, "Vientiane",
                passport, null, null, null, null, null, null, null, null, null, 0);
    }
}
