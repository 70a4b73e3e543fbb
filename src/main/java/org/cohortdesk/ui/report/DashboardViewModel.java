package org.cohortdesk.ui.report;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.institution.InstitutionService;
import org.cohortdesk.service.report.AnnualReport;
import org.cohortdesk.service.report.ReportFigures;
import org.cohortdesk.service.report.ReportLabels;
import org.cohortdesk.service.report.ReportService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The Reports page: the year chosen (null for every year), the years to choose from, the figures
 * of the year read in the background (a later choice wins over an earlier read still running),
 * and writing the annual report of the year chosen.
 */
public final class DashboardViewModel {
    private final ReportService reports;
    private final InstitutionService institution;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<YearChoice> year = new SimpleObjectProperty<>(this, "year", YearChoice.ALL);
    private final ObservableList<YearChoice> years = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReportFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private int request;

    /** {@code thisYear} is the year chosen at first. */
    public DashboardViewModel(ReportService reports, InstitutionService institution, Localization tr, TaskRunner tasks,
            Consumer<Throwable> onFailure, int thisYear) {
        this.reports = reports;
        this.institution = institution;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        years.setAll(choices(List.of(), thisYear));
        year.set(new YearChoice(thisYear));
        // The selector may let go of its value for a moment while its list changes: nothing to read then.
        year.addListener((o, old, now) -> {
            if (now != null) {
                load();
            }
        });
    }

    public DashboardViewModel(ReportService reports, InstitutionService institution, Localization tr, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this(reports, institution, tr, tasks, onFailure, Year.now().getValue());
    }

    /** Reads the figures of the year chosen, in the background. */
    public void load() {
        int mine = ++request;
        Integer chosen = chosenYear();
        loading.set(true);
        status.set(tr.tr("report.dashboard.loading"));
        BackgroundTask.of(progress -> reports.figures(chosen))
                .titled(tr.tr("report.dashboard.loading"))
                .onSuccess(read -> {
                    if (mine == request) {
                        loading.set(false);
                        figures.set(read);
                        status.set(read.empty() ? tr.tr("report.dashboard.empty", ReportLabels.year(chosen, tr)) : "");
                        List<YearChoice> known = choices(read.years().stream().map(ReportFigures.YearTotals::year).toList(), chosen);
                        updateChoices(known);
                    }
                })
                .onFailure(error -> {
                    if (mine == request) {
                        loading.set(false);
                        status.set("");
                    }
                    onFailure.accept(error);
                })
                .runWith(tasks);
    }

    /**
     * Makes the choices {@code known} (both lists in the same order) without clearing the list: the
     * year chosen stays chosen, and no second read starts because the selector let go of it.
     */
    private void updateChoices(List<YearChoice> known) {
        years.removeIf(y -> !known.contains(y) && !y.equals(year.get()));
        for (int i = 0; i < known.size(); i++) {
            if (i >= years.size() || !years.get(i).equals(known.get(i))) {
                years.add(i, known.get(i));
            }
        }
    }

    /** Every year, then each year with trainees and the one chosen, newest first. */
    private static List<YearChoice> choices(List<Integer> withTrainees, Integer chosen) {
        TreeSet<Integer> set = new TreeSet<>(withTrainees);
        if (chosen != null) {
            set.add(chosen);
        }
        List<YearChoice> list = new ArrayList<>();
        list.add(YearChoice.ALL);
        set.descendingSet().forEach(y -> list.add(new YearChoice(y)));
        return list;
    }

    /** The year chosen, or null for every year. */
    public Integer chosenYear() {
        return year.get() == null ? null : year.get().year();
    }

    /**
     * Writes the annual report of the year chosen (every year when none) to {@code file} in
     * {@code format}, in the background; the status line says where it went.
     */
    public void writeReport(PrintFormat format, Path file) {
        Integer chosen = chosenYear();
        BackgroundTask.of(progress -> new AnnualReport(reports).write(chosen, format, tr, institution.reportName(tr), file))
                .titled(tr.tr("export.running", file.getFileName()))
                .onSuccess(written -> status.set(tr.tr("report.written", file.toAbsolutePath(), ReportLabels.year(chosen, tr))))
                .onFailure(onFailure)
                .runWith(tasks);
    }

    /** The name a saved report is offered under: "Annual report 2025". */
    public String reportFileName() {
        Integer chosen = chosenYear();
        return chosen == null ? tr.tr("report.title.all_years") : tr.tr("report.title", String.valueOf(chosen));
    }

    public ObjectProperty<YearChoice> yearProperty() {
        return year;
    }

    public ObservableList<YearChoice> years() {
        return years;
    }

    public ReadOnlyObjectProperty<ReportFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A line under the toolbar: reading, nothing trained that year, the report written. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}
