package org.cohortdesk.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.holiday.DayOff;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.service.holiday.HolidayService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The days off of a country and year, public and extra, and adding or removing an extra day.
 * Every read and write runs in the background; a refusal (no name, a day already off) is shown
 * beside the form, anything unexpected goes to {@code onFailure}.
 */
public final class HolidaysViewModel {
    private final HolidayService holidays;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<HolidayCountry> country = new SimpleObjectProperty<>(this, "country", HolidayCountry.VN);
    private final IntegerProperty year;
    private final ObservableList<HolidayRow> rows = FXCollections.observableArrayList();
    private final StringProperty dateText = new SimpleStringProperty(this, "dateText", "");
    private final StringProperty nameText = new SimpleStringProperty(this, "nameText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private int loads;

    public HolidaysViewModel(HolidayService holidays, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure, int thisYear) {
        this.holidays = holidays;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.year = new SimpleIntegerProperty(this, "year", thisYear);
        country.addListener((o, old, now) -> load());
        year.addListener((o, old, now) -> load());
    }

    /** Reads the chosen country's and year's days off in the background; a later read wins over an earlier one. */
    public void load() {
        HolidayCountry c = country.get();
        int y = year.get();
        int load = ++loads;
        BackgroundTask.of(progress -> rowsOf(holidays.daysOff(c, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))))
                .onSuccess(list -> {
                    if (load == loads) {
                        rows.setAll(list);
                        count.set(tr.tr("settings.holidays.count", list.size()));
                    }
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    /** Adds the extra day typed in (dd/mm/yyyy and a name), saved in the background; the list then shows it. */
    public void addExtra() {
        LocalDate date;
        try {
            date = LocalDate.parse(dateText.get().strip(), Localization.DATE);
        } catch (DateTimeParseException e) {
            message.set(tr.tr("settings.holidays.date_invalid"));
            return;
        }
        HolidayCountry c = country.get();
        String name = nameText.get();
        message.set("");
        BackgroundTask.of(progress -> holidays.addExtra(c, date, name))
                .onSuccess(added -> {
                    dateText.set("");
                    nameText.set("");
                    if (added.holidayOn().getYear() == year.get()) {
                        load();
                    } else {
                        year.set(added.holidayOn().getYear());
                    }
                })
                .onFailure(this::refusedOrFailed)
                .runWith(tasks);
    }

    /** Removes an extra day off in the background; public holidays cannot be removed. */
    public void removeExtra(HolidayRow row) {
        if (row == null || !row.extra()) {
            return;
        }
        HolidayCountry c = country.get();
        message.set("");
        BackgroundTask.of(progress -> {
                    holidays.removeExtra(c, row.date());
                    return row;
                })
                .onSuccess(removed -> load())
                .onFailure(this::refusedOrFailed)
                .runWith(tasks);
    }

    private void refusedOrFailed(Throwable error) {
        ProblemException problem = ErrorReporter.problemIn(error);
        if (problem != null) {
            message.set(tr.tr(problem.problem()));
        } else {
            onFailure.accept(error);
        }
    }

    private List<HolidayRow> rowsOf(List<DayOff> days) {
        return days.stream()
                .map(d -> new HolidayRow(d.date(), d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, tr.language().locale()),
                        d.name(tr), d.kind(), tr.tr(d.kind())))
                .toList();
    }

    public List<HolidayCountry> countries() {
        return List.of(HolidayCountry.values());
    }

    public String nameOf(HolidayCountry c) {
        return tr.tr(c);
    }

    public int firstYear() {
        return HolidayService.FIRST_YEAR;
    }

    public int lastYear() {
        return HolidayService.LAST_YEAR;
    }

    public ObjectProperty<HolidayCountry> countryProperty() {
        return country;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<HolidayRow> rows() {
        return rows;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty nameTextProperty() {
        return nameText;
    }

    /** Why the last add or remove was refused, in the user's language; empty when it was not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}
