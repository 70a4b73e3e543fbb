package org.cohortdesk.ui.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.common.FormSubmit;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "new cohort" form, on a real database, without a window. */
class NewCohortFormTest {
    @TempDir
    Path dir;

    Database db;
    Services services;
    TestData data;
    final List<Throwable> failures = new ArrayList<>();
    final List<Cohort> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        services = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
        data = new TestData().insertBasics(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
        assertEquals(List.of(), failures, "no unexpected failure");
    }

    private Agreement agreement(Partner partner, String title) {
        return services.agreements().create(new Agreement(null, partner.id(), null, AgreementKind.ANNUAL_PLAN, title, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), 2, 40, null, null, null, 0));
    }

    private NewCohortForm form() {
        return new NewCohortForm(services, new FormSubmit(new Localization(Language.EN), TaskRunner.sameThread(), failures::add));
    }

    @Test
    void offersOnlyTheChosenPartnersAgreements() {
        Partner other = services.partners().create(new Partner(null, "Sở Nội vụ Chăm-pa-sắc", null, "Champasak", "LA", PartnerKind.PROVINCE,
                null, null, null, 0));
        agreement(data.partner, "Kế hoạch 2027 (MoHA)");
        agreement(other, "Kế hoạch 2027 (Champasak)");
        NewCohortForm form = form();
        assertFalse(form.loadingProperty().get());
        assertEquals(2, form.partners().size());
        assertEquals(List.of(), form.agreements(), "none until a partner is chosen");
        form.partnerProperty().set(data.partner);
        assertEquals(List.of("Kế hoạch 2027 (MoHA)"), form.agreements().stream().map(l -> l.agreement().title()).toList());
        form.agreementProperty().set(form.agreements().get(0));
        form.partnerProperty().set(other);
        assertNull(form.agreementProperty().get(), "another partner's agreement is not kept");
        assertEquals("Sở Nội vụ Chăm-pa-sắc (Champasak)", NewCohortForm.describe(other));
        assertEquals("QLNN-01 · State organisation", form.describe(form.courses().get(0)));
    }

    @Test
    void refusesInWordsThenSavesAPlannedCohort() {
        Agreement plan = agreement(data.partner, "Kế hoạch 2027");
        NewCohortForm form = form();
        form.codeProperty().set("LAO-2027-01");
        form.partnerProperty().set(data.partner);
        form.startsOnProperty().set(LocalDate.of(2027, 3, 1));
        form.endsOnProperty().set(LocalDate.of(2027, 4, 23));
        form.save(saved::add);
        assertEquals("Choose the course the cohort follows.", form.submit().errorProperty().get());
        form.courseProperty().set(form.courses().get(0));
        form.plannedSizeProperty().set("twenty");
        form.save(saved::add);
        assertEquals("Planned size: \"twenty\" is not a whole number.", form.submit().errorProperty().get());
        form.plannedSizeProperty().set("600");
        form.save(saved::add);
        assertEquals("The planned size is from 1 to 500 trainees.", form.submit().errorProperty().get());
        assertEquals(List.of(), saved);
        assertEquals(List.of(), services.cohorts().summaries());

        form.plannedSizeProperty().set("22");
        form.agreementProperty().set(form.agreements().get(0));
        form.coordinatorProperty().set(" Nguyễn Thị Ánh ");
        form.save(saved::add);
        assertEquals("", form.submit().errorProperty().get());
        Cohort stored = services.cohorts().find(saved.get(0).id()).orElseThrow();
        assertEquals(plan.id(), stored.agreementId());
        assertEquals(22, stored.plannedSize());
        assertEquals("Nguyễn Thị Ánh", stored.coordinator());
    }
}
