package org.cohortdesk.ui.shell;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.service.schedule.Conflicts;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.audit.AuditDialog;
import org.cohortdesk.ui.calendar.CalendarPage;
import org.cohortdesk.ui.calendar.CalendarViewModel;
import org.cohortdesk.ui.cohort.CohortsView;
import org.cohortdesk.ui.cohort.CohortsViewModel;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.course.CoursesView;
import org.cohortdesk.ui.course.CoursesViewModel;
import org.cohortdesk.ui.export.SaveFile;
import org.cohortdesk.ui.export.SpreadsheetExport;
import org.cohortdesk.ui.partner.PartnersView;
import org.cohortdesk.ui.partner.PartnersViewModel;
import org.cohortdesk.ui.people.PeopleView;
import org.cohortdesk.ui.people.PeopleViewModel;
import org.cohortdesk.ui.report.DashboardView;
import org.cohortdesk.ui.report.DashboardViewModel;
import org.cohortdesk.ui.people.PersonRow;
import org.cohortdesk.ui.schedule.ConflictsPanel;
import org.cohortdesk.ui.settings.BackupsCard;
import org.cohortdesk.ui.settings.BackupsView;
import org.cohortdesk.ui.settings.HolidaysViewModel;
import org.cohortdesk.ui.settings.EncryptionCard;
import org.cohortdesk.ui.settings.InstitutionCard;
import org.cohortdesk.ui.settings.SettingsView;
import org.cohortdesk.ui.settings.SettingsViewModel;
import org.cohortdesk.ui.welcome.WelcomeView;
import org.cohortdesk.ui.welcome.WelcomeViewModel;

/**
 * The frame of the window: menu bar, navigation on the left, the current page, the status bar.
 * It shows before the data is open, with the cohort list waiting for its rows; {@link #attach}
 * fills it. Pages are built when first shown and kept (a filter stays as typed), except the
 * welcome page, which starts afresh each time.
 */
public final class ShellView extends BorderPane {
    public static final String CONTENT_ID = "shellContent";

    /** What the shell asks of the window around it. */
    public interface Host {
        /** Rebuilds the window in another language, keeping the current section. */
        void switchLanguage(Language language);

        void quit();
    }

    private final ShellViewModel model;
    private final ErrorReporter startupErrors;
    private final Host host;
    private final StackPane content = new StackPane();
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final CohortsViewModel cohorts;

    /** {@code startupErrors} reports failures until the workspace's own reporter takes over. */
    public ShellView(ShellViewModel model, ErrorReporter startupErrors, Host host) {
        this.model = model;
        this.startupErrors = startupErrors;
        this.host = host;
        Localization tr = model.localization();
        getStyleClass().add(Styles.SHELL);
        Styles.apply(this, tr.language());

        content.setId(CONTENT_ID);
        content.getStyleClass().add(Styles.CONTENT);
        setTop(MainMenu.build(tr, model.contextProperty().isNull(), model.sectionProperty().isNotEqualTo(Section.COHORTS),
                new MainMenu.Actions() {
            @Override
            public void show(Section section) {
                model.show(section);
            }

            @Override
            public void newCohort() {
                if (page() instanceof CohortsView list) {
                    list.newCohort();
                }
            }

            @Override
            public void focusFilter() {
                ShellView.this.focusFilter();
            }

            @Override
            public void refresh() {
                ShellView.this.refresh();
            }

            @Override
            public void about() {
                AboutDialog.show(model, getScene() == null ? null : getScene().getWindow());
            }

            @Override
            public void quit() {
                host.quit();
            }
        }));
        setLeft(new NavigationBar(model, tr));
        setCenter(content);
        setBottom(new StatusBar(model, model.tasks()));

        cohorts = new CohortsViewModel(this::readCohorts, tr, model.tasks(), this::showError);
        CohortsView cohortList = new CohortsView(cohorts, model::context);
        cohortList.setOnCreated(model::refreshCounts);
        pages.put(Section.COHORTS, cohortList);
        showPage(model.section());
        model.sectionProperty().addListener((o, old, now) -> {
            showPage(now);
            checkReady();
        });
        cohorts.loadedProperty().addListener((o, old, now) -> checkReady());
    }

    /** The cohort list page (with the page of an open cohort). */
    public CohortsView cohortsPage() {
        return (CohortsView) pages.get(Section.COHORTS);
    }

    /**
     * The data is open: fills the frame. {@code first} is the section to show, or null to choose
     * by whether the workspace is empty; {@code firstCohorts} the cohort list when already read.
     */
    public void attach(AppContext context, Section first, List<CohortSummary> firstCohorts) {
        model.attach(context, first);
        if (firstCohorts != null) {
            cohorts.show(firstCohorts);
        } else {
            cohorts.load();
        }
        checkReady();
    }

    /** True once the first page shows its data (the cohorts are read, or another page is up). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ShellViewModel model() {
        return model;
    }

    /** The page showing now. */
    public Node page() {
        return content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    }

    private List<CohortSummary> readCohorts() {
        return model.context().services().cohorts().summaries();
    }

    private void showError(Throwable error) {
        AppContext context = model.context();
        (context == null ? startupErrors : context.errors()).show(error);
    }

    private void showPage(Section section) {
        if (section == null) {
            return;
        }
        Node page = section == Section.WELCOME ? welcome() : pages.computeIfAbsent(section, this::build);
        content.getChildren().setAll(page);
        if (page instanceof PageView view && view.initialFocus() != null) {
            Platform.runLater(view.initialFocus()::requestFocus);
        }
    }

    /** Ready once the data is open and the page showing has what it shows (the cohorts: their rows). */
    private void checkReady() {
        if (ready.get() || model.context() == null) {
            return;
        }
        if (model.section() != Section.COHORTS || cohorts.loadedProperty().get()) {
            ready.set(true);
        }
    }

    private Node build(Section section) {
        AppContext context = model.context();
        Localization tr = model.localization();
        if (section == Section.SETTINGS) {
            HolidaysViewModel holidays = new HolidaysViewModel(context.services().holidays(), tr, model.tasks(), context.errors()::show,
                    LocalDate.now().getYear());
            holidays.load();
            boolean embedded = context.workspace().database().embedded();
            SettingsViewModel settings = new SettingsViewModel(context.workspace().settings(), tr,
                    context.workspace().folder().path().toString(), context.workspace().database().description(),
                    model.tasks(), context.errors()::show, host::switchLanguage);
            if (embedded) {
                settings.offerCopyToServer(context.workspace()::copyTo);
            }
            BackupsView backups = BackupsCard.of(context, host::quit);
            return new SettingsView(settings, holidays, backups,
                    embedded ? new EncryptionCard(tr, context.workspace().database(), context.workspace().backups(), backups::reload,
                            model.tasks(), context.errors()::show) : null,
                    InstitutionCard.of(context));
        }
        if (section == Section.PEOPLE) {
            PeopleViewModel people = new PeopleViewModel(PeopleViewModel.Source.of(context.services()), tr, model.tasks(),
                    context.errors()::show);
            people.load();
            PeopleView page = new PeopleView(people, exports(context));
            page.addActions(AuditDialog.personButton(context, people.selectedProperty(), r -> r.person().id(), PersonRow::nameLatin,
                    () -> getScene() == null ? null : getScene().getWindow()));
            return page;
        }
        if (section == Section.PARTNERS) {
            PartnersViewModel partners = new PartnersViewModel(context.services(), tr, model.tasks(), context.errors()::show);
            partners.load(() -> {});
            return new PartnersView(partners, exports(context));
        }
        if (section == Section.CALENDAR) {
            CalendarViewModel calendar = new CalendarViewModel(context.services().sessions(), tr, model.tasks(), context.errors()::show);
            calendar.setDaysOff((from, until) -> context.services().holidays().named(from, until.minusDays(1), tr));
            calendar.start();
            CalendarPage page = new CalendarPage(calendar);
            // Beside the calendar, the clashes of the whole timetable; choosing one shows its day.
            ConflictsPanel conflicts = ConflictsPanel.everywhere(context, session -> calendar.dateProperty().set(session.startsAt().toLocalDate()));
            conflicts.setPrefWidth(320);
            conflicts.setOnRead(found -> page.flag(Conflicts.bySession(found).keySet()));
            page.setSidePanel(conflicts);
            conflicts.refresh();
            return page;
        }
        if (section == Section.COURSES) {
            CoursesViewModel courses = new CoursesViewModel(context.services().courses(), tr, model.tasks(), context.errors()::show);
            courses.load(() -> {});
            return new CoursesView(courses, exports(context));
        }
        if (section == Section.REPORTS) {
            DashboardViewModel dashboard = new DashboardViewModel(context.services().reports(), context.services().institution(), tr, model.tasks(), context.errors()::show);
            dashboard.load();
            return new DashboardView(dashboard, SaveFile.systemDialog(), () -> getScene() == null ? null : getScene().getWindow());
        }
        throw new IllegalArgumentException("no page for " + section);
    }

    private SpreadsheetExport exports(AppContext context) {
        return SpreadsheetExport.of(context, () -> getScene() == null ? null : getScene().getWindow());
    }

    private Node welcome() {
        AppContext context = model.context();
        WelcomeViewModel welcome = new WelcomeViewModel(WelcomeViewModel.sampleOf(context.services().demo()),
                model.localization(), model.tasks(), context.errors()::show,
                loaded -> {
                    cohorts.load();
                    model.refreshCounts();
                    model.show(Section.COHORTS);
                },
                () -> {
                    if (!cohorts.loadedProperty().get()) {
                        cohorts.load();
                    }
                    model.show(Section.COHORTS);
                });
        return new WelcomeView(welcome);
    }

    /** Reads again what the page shows, and the status bar's counts. */
    private void refresh() {
        if (model.context() == null) {
            return;
        }
        if (page() instanceof Refreshable refreshable) {
            refreshable.refresh();
        }
        model.refreshCounts();
    }

    private void focusFilter() {
        if (page() instanceof Filterable filterable) {
            filterable.focusFilter();
        }
    }
}
