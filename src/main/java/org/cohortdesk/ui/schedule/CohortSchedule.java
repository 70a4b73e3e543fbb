package org.cohortdesk.ui.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.schedule.IcsExport;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.export.SaveFile;

/**
 * The timetable's actions on a cohort's page: its conflicts in a dialog beside the page, its
 * calendar exported to an .ics file, a timetable proposed from its course's modules.
 */
public final class CohortSchedule {
    public static final String MENU_ID = "scheduleMenu";
    public static final String PRINT_ID = "schedulePrint";
    public static final String SIGNIN_ID = "scheduleSignIn";
    public static final String CONFLICTS_ID = "scheduleConflicts";
    public static final String ICS_ID = "scheduleIcs";
    public static final String PROPOSE_ID = "schedulePropose";

    private final AppContext context;
    private final String code;
    private final Supplier<Window> owner;
    private final Consumer<String> report;
    private final Runnable changed;
    private final Localization tr;

    /** {@code report} gets a message for the page; {@code changed} is called after a timetable was saved. */
    public CohortSchedule(AppContext context, String code, Supplier<Window> owner, Consumer<String> report, Runnable changed) {
        this.context = context;
        this.code = code;
        this.owner = owner;
        this.report = report;
        this.changed = changed;
        this.tr = context.localization();
    }

    /**
     * The page's Timetable menu: Print the timetable… ({@code printTimetable}), Print sign-in
     * sheets… ({@code printSignIn}), Conflicts…, Export calendar (ICS)…, Propose timetable….
     */
    public MenuButton menu(Runnable printTimetable, Runnable printSignIn) {
        return Toolbars.menu(tr.tr("schedule.menu"), MENU_ID, tr.tr("schedule.menu.tip"), List.of(
                Toolbars.item(tr.tr("schedule.print"), PRINT_ID, printTimetable),
                Toolbars.item(tr.tr("roster.action.signin"), SIGNIN_ID, printSignIn),
                Toolbars.item(tr.tr("schedule.conflicts.button"), CONFLICTS_ID, this::conflicts),
                Toolbars.item(tr.tr("schedule.ics.button"), ICS_ID, this::exportCalendar),
                Toolbars.item(tr.tr("timetable.button"), PROPOSE_ID, this::propose)));
    }

    /** The cohort's conflicts in a dialog that stays open beside the page. */
    public Dialog<ButtonType> conflicts() {
        ConflictsPanel panel = new ConflictsPanel(tr.tr("schedule.conflicts.title", code), tr, context.tasks(), context.errors()::show,
                () -> context.services().conflicts().ofCohort(code), session -> { });
        panel.setPrefSize(720, 420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("schedule.conflicts.title", code));
        dialog.initModality(Modality.NONE);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(tr.tr("schedule.conflicts.close"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(panel);
        Styles.apply(dialog.getDialogPane(), tr.language());
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.show();
        panel.refresh();
        return dialog;
    }

    /** Export calendar (ICS)…: the file in the system's chooser, written in the background. */
    public void exportCalendar() {
        chooseFile().ifPresent(this::writeCalendar);
    }

    void writeCalendar(Path file) {
        IcsExport calendars = context.services().calendars();
        BackgroundTask.of(progress -> calendars.write(code, tr, false, file))
                .titled(tr.tr("export.running", file.getFileName()))
                .onSuccess(written -> report.accept(tr.tr("schedule.ics.done", written.events(), file)))
                .onFailure(context.errors()::show)
                .runWith(context.tasks());
    }

    /** Propose timetable…: the proposal dialog. */
    public void propose() {
        TimetableProposalDialog.show(context, code, owner.get(), saved -> {
            report.accept(tr.tr("timetable.saved", saved, code));
            changed.run();
        });
    }

    private Optional<Path> chooseFile() {
        return SaveFile.systemDialog().choose(owner.get(), tr.tr("schedule.ics.file_title"), tr.tr("schedule.ics.format"), "ics", code);
    }
}
