package org.cohortdesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.session.BookedSession;
import org.cohortdesk.service.session.SessionDraft;
import org.cohortdesk.service.session.SessionService;
import org.cohortdesk.service.session.SessionService.CohortChoice;
import org.cohortdesk.ui.common.ChangeHistory;
import org.cohortdesk.ui.common.FormSubmit;

/**
 * The state of the session form: a new session (its times from a drag, or empty), or an edit of
 * one read earlier. Saving runs the change in the background; once saved it is kept for undo.
 */
public final class SessionForm {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TYPED_TIME = Pattern.compile("(\\d{1,2})(?:[:.hH](\\d{2})?)?");

    private final CalendarViewModel calendar;
    private final FormSubmit submit;
    private final BookedSession editing;
    private final SessionService.Choices choices;
    private final ObjectProperty<CohortChoice> cohort = new SimpleObjectProperty<>(this, "cohort");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(this, "kind", SessionKind.LECTURE);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty room = new SimpleStringProperty(this, "room", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty lecturers = new SimpleStringProperty(this, "lecturers", "");
    private final StringProperty interpreters = new SimpleStringProperty(this, "interpreters", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty transport = new SimpleStringProperty(this, "transport", "");
    private final StringProperty headcount = new SimpleStringProperty(this, "headcount", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    /** A new session from {@code startsAt} to {@code endsAt} (either may be null), for the cohort chosen in the filter if any. */
    static SessionForm creating(CalendarViewModel calendar, FormSubmit submit, SessionService.Choices choices, LocalDateTime startsAt,
            LocalDateTime endsAt) {
        SessionForm form = new SessionForm(calendar, submit, choices, null);
        if (startsAt != null) {
            form.day.set(startsAt.toLocalDate());
            form.start.set(TIME.format(startsAt));
        }
        if (endsAt != null) {
            form.end.set(TIME.format(endsAt));
        }
        String filtered = calendar.filterProperty().get().cohort();
        choices.cohorts().stream().filter(c -> c.code().equals(filtered)).findFirst().ifPresent(form.cohort::set);
        return form;
    }

    static SessionForm editing(CalendarViewModel calendar, FormSubmit submit, SessionService.Choices choices, BookedSession session) {
        return new SessionForm(calendar, submit, choices, session);
    }

    private SessionForm(CalendarViewModel calendar, FormSubmit submit, SessionService.Choices choices, BookedSession editing) {
        this.calendar = calendar;
        this.submit = submit;
        this.choices = choices;
        this.editing = editing;
        if (editing != null) {
            SessionDraft d = editing.draft();
            choices.cohorts().stream().filter(c -> c.id().equals(d.cohortId())).findFirst().ifPresent(cohort::set);
            kind.set(d.kind());
            title.set(d.title());
            day.set(d.startsAt().toLocalDate());
            start.set(TIME.format(d.startsAt()));
            end.set(TIME.format(d.endsAt()));
            room.set(orEmpty(d.room()));
            location.set(orEmpty(d.location()));
            lecturers.set(String.join("; ", d.lecturers()));
            interpreters.set(String.join("; ", d.interpreters()));
            host.set(orEmpty(d.hostOrganisation()));
            transport.set(orEmpty(d.transport()));
            headcount.set(d.headcount() == null ? "" : d.headcount().toString());
            notes.set(orEmpty(d.notes()));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String heading() {
        return editing == null ? submit.localization().tr("calendar.form.new")
                : submit.localization().tr("calendar.form.edit", editing.cohortCode(), editing.session().title());
    }

    /**
     * Reads what was typed (a time that is not one, or a head count that is not a number, is refused
     * here naming the field), then saves in the background; {@code saved} gets the change once stored.
     */
    public void save(Consumer<ChangeHistory.Change> saved) {
        SessionDraft draft;
        try {
            draft = draft();
        } catch (ProblemException refusal) {
            submit.refuse(refusal);
            return;
        }
        ChangeHistory.Change change = editing == null ? calendar.creating(draft) : calendar.editing(editing, draft);
        submit.run(() -> {
            change.apply();
            return change;
        }, done -> {
            calendar.applied(done);
            saved.accept(done);
        });
    }

    SessionDraft draft() {
        LocalDateTime from = day.get() == null ? null : at(day.get(), start.get(), "calendar.field.start");
        LocalDateTime to = day.get() == null ? null : at(day.get(), end.get(), "calendar.field.end");
        boolean visit = kind.get() == SessionKind.STUDY_VISIT;
        return new SessionDraft(cohort.get() == null ? null : cohort.get().id(), kind.get(), title.get(), from, to, location.get(), notes.get(),
                room.get(), names(lecturers.get()), names(interpreters.get()), visit ? host.get() : null, visit ? transport.get() : null,
                visit ? submit.wholeNumber(headcount.get(), "calendar.field.headcount") : null);
    }

    private LocalDateTime at(LocalDate date, String typed, String labelKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = TYPED_TIME.matcher(typed.strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return date.atTime(LocalTime.of(hour, minute));
            }
        }
        throw ProblemException.of("calendar.form.bad_time", submit.localization().tr(labelKey), typed.strip());
    }

    /** Names typed one after another, separated by semicolons or new lines. */
    static List<String> names(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ObservableList<CohortChoice> cohorts() {
        return FXCollections.observableArrayList(choices.cohorts());
    }

    ObservableList<SessionKind> kinds() {
        return FXCollections.observableArrayList(SessionKind.values());
    }

    ObservableList<String> names(ResourceKind kind) {
        return FXCollections.observableArrayList(choices.resources().getOrDefault(kind, List.of()));
    }

    /** True unless the session is a study visit: the host, transport and head count are for study visits only. */
    BooleanBinding notAVisit() {
        return Bindings.createBooleanBinding(() -> kind.get() != SessionKind.STUDY_VISIT, kind);
    }

    FormSubmit submit() {
        return submit;
    }

    ObjectProperty<CohortChoice> cohortProperty() {
        return cohort;
    }

    ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    StringProperty titleProperty() {
        return title;
    }

    ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    StringProperty startProperty() {
        return start;
    }

    StringProperty endProperty() {
        return end;
    }

    StringProperty roomProperty() {
        return room;
    }

    StringProperty locationProperty() {
        return location;
    }

    StringProperty lecturersProperty() {
        return lecturers;
    }

    StringProperty interpretersProperty() {
        return interpreters;
    }

    StringProperty hostProperty() {
        return host;
    }

    StringProperty transportProperty() {
        return transport;
    }

    StringProperty headcountProperty() {
        return headcount;
    }

    StringProperty notesProperty() {
        return notes;
    }
}
