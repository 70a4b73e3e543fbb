package org.cohortdesk.ui.course;

import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cohortdesk.model.CourseModule;

/** A module as edited in the course form: titles and hours as properties, the id and version it was read with (none when new). */
public final class ModuleDraft {
    private final UUID id;
    private final int version;
    private final StringProperty titleVi = new SimpleStringProperty(this, "titleVi", "");
    private final StringProperty titleEn = new SimpleStringProperty(this, "titleEn", "");
    private final StringProperty titleLo = new SimpleStringProperty(this, "titleLo", "");
    private final ObjectProperty<Integer> hours = new SimpleObjectProperty<>(this, "hours");

    public ModuleDraft(UUID id, int version, String vi, String en, String lo, Integer hours) {
        this.id = id;
        this.version = version;
        titleVi.set(vi);
        titleEn.set(en);
        titleLo.set(lo);
        this.hours.set(hours);
    }

    public static ModuleDraft of(CourseModule m) {
        return new ModuleDraft(m.id(), m.version(), m.titleVi(), m.titleEn(), m.titleLo(), m.hours());
    }

    /** For the service: the position is the place in the list; missing hours are 0 (refused there). */
    public CourseModule toModule() {
        return new CourseModule(id, null, 0, titleVi.get(), titleEn.get(), titleLo.get(), hours.get() == null ? 0 : hours.get(), null, null,
                version);
    }

    /** What a change of the module changes, for a list that follows its titles and hours. */
    Observable[] observables() {
        return new Observable[] {titleVi, titleEn, titleLo, hours};
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

    public ObjectProperty<Integer> hoursProperty() {
        return hours;
    }
}
