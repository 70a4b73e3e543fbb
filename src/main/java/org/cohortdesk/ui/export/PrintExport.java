package org.cohortdesk.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.export.SignInSheets.Per;
import org.cohortdesk.service.export.Timetables;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * Sign-in sheets… and Timetable… on a cohort's page: what to print in a dialog, the file in the
 * save dialog, then the data is read and written in the background; the page is told where it
 * went, a refusal (a week without sessions) or failure is shown by the error reporter.
 */
public final class PrintExport {
    private final SignInSheets sheets;
    private final Timetables timetables;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<Window> owner;
    private final SaveFile saveFile;
    private final Supplier<LocalDate> today;

    public PrintExport(SignInSheets sheets, Timetables timetables, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Supplier<Window> owner, SaveFile saveFile, Supplier<LocalDate> today) {
        this.sheets = sheets;
        this.timetables = timetables;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.owner = owner;
        this.saveFile = saveFile;
        this.today = today;
    }

    /** Wired to the open workspace, the system's save dialog and today's date. */
    public static PrintExport of(AppContext context, Supplier<Window> owner) {
        return new PrintExport(context.services().signIns(), context.services().weeklyTimetables(), context.localization(), context.tasks(),
                context.errors()::show, owner, SaveFile.systemDialog(), LocalDate::now);
    }

    /** Asks and writes a week's sign-in sheets of {@code cohort}; {@code report} gets the message once they are written. */
    public void signIn(Cohort cohort, Consumer<String> report) {
        PrintDialog.show(tr, PrintDialog.Kind.SIGN_IN, cohort, SignInSheets.currentWeek(cohort, today.get()), owner.get(), choice -> {
            String name = tr.tr("signin.file_name", cohort.code(), choice.week())
                    + (choice.per() == Per.SESSION ? "-" + Per.SESSION.cliName() : "");
            chooseFile("signin.dialog.file_title", choice.format(), name).ifPresent(file -> write(() -> {
                SignInSheets.Week week = sheets.week(cohort.code(), choice.week(), tr);
                sheets.write(week, choice.per(), choice.format(), tr, file);
                return choice.per() == Per.DAY
                        ? tr.tr("signin.done", week.number(), file, week.days().size(), week.trainees().size())
                        : tr.tr("signin.done_sessions", week.number(), file, week.sheets(Per.SESSION).size(), week.trainees().size());
            }, file, report));
        });
    }

    /** Asks and writes the timetable of {@code cohort} (every week, or one); {@code report} gets the message once it is written. */
    public void timetable(Cohort cohort, Consumer<String> report) {
        PrintDialog.show(tr, PrintDialog.Kind.TIMETABLE, cohort, 1, owner.get(), choice -> {
            String name = tr.tr("timetable.document", cohort.code()) + (choice.week() == null ? "" : " " + choice.week());
            chooseFile("timetable.dialog.file_title", choice.format(), name).ifPresent(file -> write(() -> {
                Timetables.Grid grid = timetables.grid(cohort.code(), choice.week(), tr);
                timetables.write(grid, choice.format(), tr, file);
                int sessions = grid.weeks().stream().mapToInt(w -> w.sessions().size()).sum();
                return tr.tr("timetable.done", file, grid.weeks().size(), sessions);
            }, file, report));
        });
    }

    private Optional<Path> chooseFile(String titleKey, PrintFormat format, String name) {
        return saveFile.choose(owner.get(), tr.tr(titleKey), PrintDialog.formatName(tr, format), format.extension(), name);
    }

    /** Reads and writes on a worker thread; the message it returns goes to {@code report}. */
    private void write(Supplier<String> work, Path file, Consumer<String> report) {
        BackgroundTask.of(progress -> work.get())
                .titled(tr.tr("export.running", file.getFileName()))
                .onSuccess(report)
                .onFailure(onFailure)
                .runWith(tasks);
    }
}
