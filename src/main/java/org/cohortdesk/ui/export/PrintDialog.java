package org.cohortdesk.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.export.SignInSheets.Per;
import org.cohortdesk.service.export.SignInSheets.WeekSpan;
import org.cohortdesk.ui.common.Styles;

/**
 * Asks what to print for a cohort: the week (with its dates; for the timetable also "every week"),
 * for sign-in sheets a page per day or per session, and the format; the file is asked next.
 */
final class PrintDialog {
    static final String WEEK_ID = "printWeek";
    static final String PER_ID = "printPer";
    static final String FORMAT_ID = "printFormat";
    static final String CONFIRM_ID = "printConfirm";
    /** The item that stands for every week. */
    private static final WeekSpan EVERY_WEEK = new WeekSpan(0, null);

    /** What the user chose: the week (null: every week), a page per day or session (null when not asked), the format. */
    record Choice(Integer week, Per per, PrintFormat format) {}

    /** What to ask: sign-in sheets ask per day or session; the timetable offers every week. */
    enum Kind {
        SIGN_IN, TIMETABLE
    }

    private PrintDialog() {}

    /** Shows the dialog for {@code cohort}, {@code week} chosen first; {@code chosen} is called once it closes with the export button. */
    static Dialog<ButtonType> show(Localization tr, Kind kind, Cohort cohort, int week, Window owner, Consumer<Choice> chosen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        String title = tr.tr(kind == Kind.SIGN_IN ? "signin.dialog.title" : "timetable.print.title", cohort.code());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType export = new ButtonType(tr.tr("export.dialog.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));

        List<WeekSpan> weeks = new ArrayList<>(SignInSheets.weeks(cohort));
        if (kind == Kind.TIMETABLE) {
            weeks.add(0, EVERY_WEEK);
        }
        ComboBox<WeekSpan> weekBox = ExportDialog.combo(WEEK_ID, weeks, w -> w == EVERY_WEEK
                ? tr.tr("timetable.dialog.every_week")
                : tr.tr("signin.dialog.week_item", w.number(), w.monday(), w.sunday()));
        weekBox.getSelectionModel().select(kind == Kind.TIMETABLE ? EVERY_WEEK : weeks.get(Math.max(0, Math.min(weeks.size() - 1, week - 1))));
        ComboBox<Per> per = ExportDialog.combo(PER_ID, List.of(Per.values()),
                p -> tr.tr(p == Per.DAY ? "signin.dialog.per_day" : "signin.dialog.per_session"));
        ComboBox<PrintFormat> format = ExportDialog.combo(FORMAT_ID, List.of(PrintFormat.values()), f -> formatName(tr, f));

        GridPane grid = new GridPane();
        grid.getStyleClass().add(ExportDialog.FORM);
        int row = 0;
        grid.addRow(row++, new Label(tr.tr("signin.dialog.week")), weekBox);
        if (kind == Kind.SIGN_IN) {
            grid.addRow(row++, new Label(tr.tr("signin.dialog.per")), per);
        }
        grid.addRow(row, new Label(tr.tr("export.dialog.format")), format);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(export).setId(CONFIRM_ID);

        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == export) {
                WeekSpan w = weekBox.getValue();
                chosen.accept(new Choice(w == EVERY_WEEK ? null : w.number(), kind == Kind.SIGN_IN ? per.getValue() : null, format.getValue()));
            }
        });
        dialog.show();
        return dialog;
    }

    /** A format as the dialog and the file chooser name it: "PDF document (.pdf)". */
    static String formatName(Localization tr, PrintFormat format) {
        return switch (format) {
            case PDF -> tr.tr("signin.format.pdf");
            case XLSX -> tr.tr("export.format.xlsx");
        };
    }
}
