package org.cohortdesk.ui.course;

import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.model.Titles;
import org.cohortdesk.service.course.CourseService;

/** One line of the course table in one language: the title in that language, the field and length in words, the folded search text. */
public record CourseRow(CourseService.Line line, String title, String field, String length, String searchText) {

    public static CourseRow of(CourseService.Line line, Localization tr) {
        Course c = line.course();
        String title = Titles.in(tr.language().tag(), c.titleVi(), c.titleEn(), c.titleLo());
        String searched = String.join("\n", c.code(), c.titleVi(), c.titleEn(), c.titleLo() == null ? "" : c.titleLo());
        return new CourseRow(line, title, tr.tr(c.field()), tr.tr("courses.weeks", c.lengthWeeks()), TextMatch.fold(searched));
    }

    public Course course() {
        return line.course();
    }

    public String code() {
        return line.course().code();
    }

    public int modules() {
        return line.modules();
    }

    public int hours() {
        return line.hours();
    }

    public boolean matches(TextMatch match) {
        return match.matches(searchText);
    }
}
