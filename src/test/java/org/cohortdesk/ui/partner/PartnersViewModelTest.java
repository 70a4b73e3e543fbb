package org.cohortdesk.ui.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.agreement.AgreementForm;
import org.cohortdesk.ui.agreement.AgreementRow;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Partners page's state and its partner and agreement forms, on a real database, without a window. */
class PartnersViewModelTest {
    @TempDir
    Path dir;

    Database db;
    Services services;
    PartnersViewModel model;
    final List<Throwable> failures = new ArrayList<>();
    final List<Object> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        services = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
        model = new PartnersViewModel(services, new Localization(Language.EN), TaskRunner.sameThread(), failures::add);
    }

    @AfterEach
    void close() {
        db.close();
        assertEquals(List.of(), failures, "no unexpected failure");
    }

    private PartnerRow create(String name, String local) {
        PartnerForm form = model.newPartner();
        form.nameProperty().set(name);
        form.nameLocalProperty().set(local);
        form.save(saved::add);
        model.load(() -> {});
        return model.list().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void filtersPartnersIgnoringAccentsAndShowsTheSelectedOnesAgreements() {
        PartnerRow moha = create("Bộ Nội vụ Lào", "ກະຊວງພາຍໃນ");
        create("Văn phòng Thủ tướng Chính phủ Lào", null);
        assertEquals("2 partners", model.list().countTextProperty().get());
        model.list().filterProperty().set("bo noi vu");
        assertEquals(List.of("Bộ Nội vụ Lào"), model.list().shown().stream().map(PartnerRow::name).toList());
        model.list().filterProperty().set("ພາຍໃນ");
        assertEquals(1, model.list().shown().size());
        assertEquals("1 of 2 partners", model.list().countTextProperty().get());

        assertEquals("Select a partner to see its agreements.", model.agreementsTitleProperty().get());
        model.selectedProperty().set(moha);
        assertEquals("Bộ Nội vụ Lào has no agreement yet.", model.agreementsTitleProperty().get());
        AgreementForm form = model.newAgreement();
        form.titleProperty().set("Kế hoạch năm 2027");
        form.startsOnProperty().set(LocalDate.of(2027, 1, 1));
        form.endsOnProperty().set(LocalDate.of(2027, 12, 31));
        form.plannedCohortsProperty().set("3");
        form.save(saved::add);
        model.loadAgreements();
        assertEquals("Agreements of Bộ Nội vụ Lào", model.agreementsTitleProperty().get());
        AgreementRow row = model.agreements().get(0);
        assertEquals("0 / 3", row.cohorts());
        assertEquals("0 / –", row.trainees(), "no trainees planned");
        assertEquals("Annual plan", row.kind());
    }

    @Test
    void anAnnualPlanRefinesOneOfThePartnersMemoranda() {
        model.selectedProperty().set(create("Bộ Nội vụ Lào", null));
        AgreementForm mou = model.newAgreement();
        mou.kindProperty().set(AgreementKind.MOU);
        mou.titleProperty().set("MoU 2026-2030");
        mou.startsOnProperty().set(LocalDate.of(2026, 1, 1));
        mou.endsOnProperty().set(LocalDate.of(2030, 12, 31));
        assertFalse(mou.parentAllowedProperty().get(), "a memorandum refines nothing");
        mou.save(saved::add);
        model.loadAgreements();

        AgreementForm plan = model.newAgreement();
        assertEquals(List.of("MoU 2026-2030"), plan.parents().stream().map(l -> l.agreement().title()).toList());
        plan.titleProperty().set("Kế hoạch 2027");
        plan.startsOnProperty().set(LocalDate.of(2027, 1, 1));
        plan.endsOnProperty().set(LocalDate.of(2027, 12, 31));
        plan.parentProperty().set(plan.parents().get(0));
        plan.save(saved::add);
        Agreement stored = (Agreement) saved.get(2);
        assertEquals(((Agreement) saved.get(1)).id(), stored.parentId(), "saved: the partner, the memorandum, the plan");
        model.loadAgreements();
        AgreementRow planRow = model.agreements().stream().filter(r -> r.title().equals("Kế hoạch 2027")).findFirst().orElseThrow();
        AgreementForm edit = model.editAgreement(planRow);
        assertEquals("MoU 2026-2030", edit.parentProperty().get().agreement().title(), "the edit starts from the stored parent");
        edit.kindProperty().set(AgreementKind.MOU);
        assertNull(edit.parentProperty().get(), "turning it into a memorandum drops the parent");
    }

    @Test
    void aRefusedSaveSaysWhyInTheFormAndWritesNothing() {
        PartnerForm form = model.newPartner();
        form.nameProperty().set("  ");
        form.save(saved::add);
        assertEquals("A partner needs a name.", form.submit().errorProperty().get());
        assertEquals(List.of(), saved);
        form.nameProperty().set("Bộ Nội vụ Lào");
        form.countryProperty().set("Laos");
        form.save(saved::add);
        assertEquals("The country is a two-letter code, for example LA for Laos or KH for Cambodia.", form.submit().errorProperty().get());
        assertEquals(0, (int) db.jdbi().withHandle(Tables.PARTNERS::count));
        form.countryProperty().set("la");
        form.save(saved::add);
        assertEquals("", form.submit().errorProperty().get());
        assertEquals("LA", ((Partner) saved.get(0)).country());
    }

    @Test
    void anEditFromStaleDataIsRefusedInWords() {
        PartnerRow row = create("Bộ Nội vụ Lào", null);
        PartnerForm first = model.editPartner(row);
        PartnerForm second = model.editPartner(row);
        assertEquals("Edit partner: Bộ Nội vụ Lào", first.title());
        assertEquals(PartnerKind.MINISTRY, first.kindProperty().get());
        first.shortNameProperty().set("MoHA");
        first.save(saved::add);
        second.shortNameProperty().set("MHA");
        second.save(saved::add);
        assertTrue(second.submit().errorProperty().get().startsWith("Someone else changed this partner (Bộ Nội vụ Lào)"),
                second.submit().errorProperty().get());
        assertEquals("MoHA", services.partners().find(row.partner().id()).orElseThrow().shortName());
    }

    @Test
    void aPlannedNumberThatIsNotOneIsRefusedBeforeSaving() {
        model.selectedProperty().set(create("Bộ Nội vụ Lào", null));
        AgreementForm form = model.newAgreement();
        form.titleProperty().set("MoU");
        form.startsOnProperty().set(LocalDate.of(2026, 1, 1));
        form.endsOnProperty().set(LocalDate.of(2030, 12, 31));
        form.plannedTraineesProperty().set("forty");
        form.save(saved::add);
        assertEquals("Planned trainees: \"forty\" is not a whole number.", form.submit().errorProperty().get());
        assertEquals(0, (int) db.jdbi().withHandle(Tables.AGREEMENTS::count));
    }
}
