package org.cohortdesk.ui.course;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.cohortdesk.model.CertificateLanguage;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.FormSubmit;

/**
 * The state of the course form: code, titles in Vietnamese, English and Lao, field, length in
 * weeks, and the modules in order with their hours and the total. Modules are added from the
 * "new module" fields, edited in place, removed and moved up or down; nothing is stored until Save.
 */
public final class CourseForm {
    private final CourseService service;
    private final FormSubmit submit;
    private Course editing;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty titleVi = new SimpleStringProperty(this, "titleVi", "");
    private final StringProperty titleEn = new SimpleStringProperty(this, "titleEn", "");
    private final StringProperty titleLo = new SimpleStringProperty(this, "titleLo", "");
    private final ObjectProperty<Field> field = new SimpleObjectProperty<>(this, "field");
    private final StringProperty lengthWeeks = new SimpleStringProperty(this, "lengthWeeks", "");
    private final ObjectProperty<CertificateLanguage> certificateLanguage =
            new SimpleObjectProperty<>(this, "certificateLanguage", CertificateLanguage.LO);
    private final ObservableList<ModuleDraft> modules = FXCollections.observableArrayList(ModuleDraft::observables);
    private final ReadOnlyIntegerWrapper totalHours = new ReadOnlyIntegerWrapper(this, "totalHours");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final StringProperty newVi = new SimpleStringProperty(this, "newVi", "");
    private final StringProperty newEn = new SimpleStringProperty(this, "newEn", "");
    private final StringProperty newLo = new SimpleStringProperty(this, "newLo", "");
    private final StringProperty newHours = new SimpleStringProperty(this, "newHours", "");

    /** {@code editing} null: a new course; else its modules are read in the background at once. */
    public CourseForm(CourseService service, FormSubmit submit, Course editing) {
        this.service = service;
        this.submit = submit;
        this.editing = editing;
        modules.addListener((ListChangeListener<ModuleDraft>) c -> total());
        total();
        if (editing != null) {
            fill(editing);
            loading.set(true);
            record Read(CourseService.Detail detail, CertificateLanguage certificates) {}
            BackgroundTask.of(progress -> new Read(service.find(editing.id()).orElseThrow(() -> ProblemException.of("error.stale.deleted",
                    "course", editing.code())), service.certificateLanguage(editing.id())))
                    .onSuccess(read -> {
                        loading.set(false);
                        this.editing = read.detail().course();
                        fill(read.detail().course());
                        certificateLanguage.set(read.certificates());
                        modules.setAll(read.detail().modules().stream().map(ModuleDraft::of).toList());
                    })
                    .onFailure(e -> {
                        loading.set(false);
                        submit.onFailure().accept(e);
                    })
                    .runWith(submit.tasks());
        }
    }

    private void fill(Course c) {
        code.set(c.code());
        titleVi.set(c.titleVi());
        titleEn.set(c.titleEn());
        titleLo.set(c.titleLo());
        field.set(c.field());
        lengthWeeks.set(Integer.toString(c.lengthWeeks()));
    }

    private void total() {
        int sum = modules.stream().mapToInt(m -> m.hoursProperty().get() == null ? 0 : m.hoursProperty().get()).sum();
        totalHours.set(sum);
        totalText.set(submit.localization().tr("course.modules.total", modules.size(), sum));
    }

    public String heading() {
        return editing == null ? submit.localization().tr("course.form.new") : submit.localization().tr("course.form.edit", editing.code());
    }

    /** Adds a module from the "new module" fields and empties them; refused in words when the hours are not a number. */
    public void addModule() {
        Integer hours;
        try {
            hours = submit.wholeNumber(newHours.get(), "course.module.hours");
        } catch (ProblemException e) {
            submit.refuse(e);
            return;
        }
        modules.add(new ModuleDraft(null, 0, newVi.get(), newEn.get(), newLo.get(), hours));
        newVi.set("");
        newEn.set("");
        newLo.set("");
        newHours.set("");
    }

    public void remove(ModuleDraft module) {
        modules.remove(module);
    }

    /** Moves a module one place earlier ({@code -1}) or later ({@code 1}); nothing at either end. */
    public void move(ModuleDraft module, int by) {
        int from = modules.indexOf(module);
        int to = from + by;
        if (from < 0 || to < 0 || to >= modules.size()) {
            return;
        }
        modules.remove(from);
        modules.add(to, module);
    }

    /** Saves the course and its modules in the background; {@code saved} gets them as stored. */
    public void save(Consumer<CourseService.Detail> saved) {
        if (loading.get()) {
            return;
        }
        Course draft;
        try {
            Integer weeks = submit.wholeNumber(lengthWeeks.get(), "course.field.length");
            int length = weeks == null ? 0 : weeks;
            draft = editing == null
                    ? new Course(null, code.get(), titleVi.get(), titleEn.get(), titleLo.get(), field.get(), length,
                            CourseService.DEFAULT_THRESHOLD, null, null, null, 0)
                    : new Course(editing.id(), code.get(), titleVi.get(), titleEn.get(), titleLo.get(), field.get(), length,
                            editing.completionThreshold(), editing.notes(), editing.createdAt(), editing.updatedAt(), editing.version());
        } catch (ProblemException e) {
            submit.refuse(e);
            return;
        }
        List<CourseModule> drafts = modules.stream().map(ModuleDraft::toModule).toList();
        CertificateLanguage certificates = certificateLanguage.get();
        submit.run(() -> editing == null ? service.create(draft, drafts, certificates) : service.update(draft, drafts, certificates), saved);
    }

    public ObservableList<Field> fields() {
        return FXCollections.observableArrayList(List.of(Field.values()));
    }

    public FormSubmit submit() {
        return submit;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleViProperty() {
        return titleVi;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty titleLoProperty() {
        return titleLo;
    }

    public ObjectProperty<Field> fieldProperty() {
        return field;
    }

    public StringProperty lengthWeeksProperty() {
        return lengthWeeks;
    }

    /** The language printed beside Vietnamese on the course's certificates. */
    public ObjectProperty<CertificateLanguage> certificateLanguageProperty() {
        return certificateLanguage;
    }

    public ObservableList<CertificateLanguage> certificateLanguages() {
        return FXCollections.observableArrayList(List.of(CertificateLanguage.values()));
    }

    /** The modules in order; editing a module's titles or hours changes the total at once. */
    public ObservableList<ModuleDraft> modules() {
        return modules;
    }

    public ReadOnlyIntegerProperty totalHoursProperty() {
        return totalHours.getReadOnlyProperty();
    }

    /** "2 modules, 20 hours in all". */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** True while an edited course's modules are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public StringProperty newViProperty() {
        return newVi;
    }

    public StringProperty newEnProperty() {
        return newEn;
    }

    public StringProperty newLoProperty() {
        return newLo;
    }

    public StringProperty newHoursProperty() {
        return newHours;
    }
}
