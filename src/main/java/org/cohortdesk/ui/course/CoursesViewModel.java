package org.cohortdesk.ui.course;

import java.util.function.Consumer;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.course.CourseService;
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
        list.load(tasks, tr.tr("courses.loading"), () -> courses.list().stream().map(l -> CourseRow.of(l, tr)).toList(), onFailure, then);
    }

    public CourseForm newCourse() {
        return new CourseForm(courses, new FormSubmit(tr, tasks, onFailure), null);
    }

    /** The form editing a course; its modules are read in the background. */
    public CourseForm editCourse(CourseRow row) {
        return new CourseForm(courses, new FormSubmit(tr, tasks, onFailure), row.course());
    }

    /** The courses, the filter, and the words over and inside the table. */
    public FilteredRows<CourseRow> list() {
        return list;
    }

    public Localization localization() {
        return tr;
    }
}
