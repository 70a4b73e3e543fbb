package org.cohortdesk.ui.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Titles;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.FormSubmit;

/**
 * The state of the "new cohort" form: code, course, partner, agreement (only the chosen
 * partner's), dates, planned size, coordinator and venue. The courses, partners and agreements to
 * choose from are read in the background when the form opens.
 */
public final class NewCohortForm {
    /** The planned size a new cohort starts with: the usual cohort of about twenty officials. */
    static final int USUAL_SIZE = 20;

    private record Choices(List<Course> courses, List<Partner> partners, List<AgreementService.Line> agreements) {}

    private final Services services;
    private final FormSubmit submit;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<Course> course = new SimpleObjectProperty<>(this, "course");
    private final ObjectProperty<Partner> partner = new SimpleObjectProperty<>(this, "partner");
    private final ObjectProperty<AgreementService.Line> agreement = new SimpleObjectProperty<>(this, "agreement");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>(this, "startsOn");
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>(this, "endsOn");
    private final StringProperty plannedSize = new SimpleStringProperty(this, "plannedSize", Integer.toString(USUAL_SIZE));
    private final StringProperty coordinator = new SimpleStringProperty(this, "coordinator", "");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final ObservableList<AgreementService.Line> allAgreements = FXCollections.observableArrayList();
    private final FilteredList<AgreementService.Line> agreements = new FilteredList<>(allAgreements, line -> false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);

    /** Reads the choices at once, in the background. */
    public NewCohortForm(Services services, FormSubmit submit) {
        this.services = services;
        this.submit = submit;
        partner.addListener((o, old, now) -> {
            agreements.setPredicate(line -> now != null && line.agreement().partnerId().equals(now.id()));
            if (agreement.get() != null && !agreements.contains(agreement.get())) {
                agreement.set(null);
            }
        });
        BackgroundTask.of(progress -> new Choices(services.courses().list().stream().map(CourseService.Line::course).toList(),
                services.partners().list(), services.agreements().list(null)))
                .onSuccess(choices -> {
                    courses.setAll(choices.courses());
                    partners.setAll(choices.partners());
                    allAgreements.setAll(choices.agreements());
                    loading.set(false);
                })
                .onFailure(e -> {
                    loading.set(false);
                    submit.onFailure().accept(e);
                })
                .runWith(submit.tasks());
    }

    /** Saves the cohort in the background; {@code saved} gets it as stored. A refusal shows in {@link FormSubmit#errorProperty()}. */
    public void save(Consumer<Cohort> saved) {
        Cohort draft;
        try {
            Integer size = submit.wholeNumber(plannedSize.get(), "cohort.field.planned_size");
            draft = new Cohort(null, code.get(), course.get() == null ? null : course.get().id(), partner.get() == null ? null : partner.get().id(),
                    agreement.get() == null ? null : agreement.get().agreement().id(), startsOn.get(), endsOn.get(), size == null ? 0 : size,
                    CohortStatus.PLANNED, venue.get(), coordinator.get(), null, null, null, null, 0);
        } catch (ProblemException e) {
            submit.refuse(e);
            return;
        }
        submit.run(() -> services.cohorts().create(draft), saved);
    }

    /** "QLNN-01 · State organisation": a course in the list, titled in the window's language. */
    public String describe(Course c) {
        Localization tr = submit.localization();
        return c.code() + " · " + Titles.in(tr.language().tag(), c.titleVi(), c.titleEn(), c.titleLo());
    }

    /** "Bộ Nội vụ Lào (MoHA)". */
    public static String describe(Partner p) {
        return p.shortName() == null || p.shortName().isBlank() || Objects.equals(p.shortName(), p.name()) ? p.name()
                : p.name() + " (" + p.shortName() + ")";
    }

    public FormSubmit submit() {
        return submit;
    }

    public ObservableList<Course> courses() {
        return courses;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    /** The agreements of the chosen partner (none until one is chosen). */
    public ObservableList<AgreementService.Line> agreements() {
        return agreements;
    }

    /** True until the choices are read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<Course> courseProperty() {
        return course;
    }

    public ObjectProperty<Partner> partnerProperty() {
        return partner;
    }

    public ObjectProperty<AgreementService.Line> agreementProperty() {
        return agreement;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty plannedSizeProperty() {
        return plannedSize;
    }

    public StringProperty coordinatorProperty() {
        return coordinator;
    }

    public StringProperty venueProperty() {
        return venue;
    }
}
