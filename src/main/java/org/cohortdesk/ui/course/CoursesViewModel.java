package org.cohortdesk.ui.course;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.FilteredRows;
import org.cohortdesk.ui.common.FormSubmit;
import org.cohortdesk.ui.common.TaskRunner;

/** The Courses page: every course as a {@link CourseRow} (read in the background, filtered in memory), and the course forms. */
public final class CoursesViewModel {
    private final CourseService courses;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final FilteredRows<CourseRow> list;

    public CoursesViewModel(CourseService courses, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.courses = courses;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.list = new FilteredRows<>(tr, new FilteredRows.Messages("courses.loading", "courses.empty", "courses.no_match",
                "courses.count", "courses.count_filtered"), CourseRow::matches);
    }

    /** Reads every course again, in the background; {@code then} runs once the new rows show. */
    public void load(Runnable then) {
        list.setLoading(true);
        BackgroundTask.of(progress -> courses.list().stream().map(l -> CourseRow.of(l, tr)).toList())
                .titled(tr.tr("courses.loading"))
                .onSuccess(fresh -> {
                    list.setAll(fresh);
                    then.run();
                })
                .onFailure(e -> {
                    list.setLoading(false);
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    public CourseForm newCourse() {
        return new CourseForm(courses, new FormSubmit(tr, tasks, onFailure), null);
    }

    /** The form editing a course; its modules are read in the background. */
    public CourseForm editCourse(CourseRow row) {
        return new CourseForm(courses, new FormSubmit(tr, tasks, onFailure), row.course());
    }

    public ObservableList<CourseRow> rows() {
        return list.rows();
    }

    public FilteredList<CourseRow> shownRows() {
        return list.shown();
    }

    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return list.loadedProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return list.countTextProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return list.placeholderProperty();
    }

    public Localization localization() {
        return tr;
    }
}
