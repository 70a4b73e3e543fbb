package org.cohortdesk.ui.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.nominees.NomineeFile;
import org.cohortdesk.service.nominees.NomineeImport;
import org.cohortdesk.service.nominees.SheetCells;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;

/**
 * Rows pasted from a spreadsheet, shown before anything is saved: each row with what will become
 * of it (new person, person on file and why, skipped) and its problems, errors and warnings styled apart,
 * the field each column goes to (which the user may change, see {@link ColumnMappingPane}),
 * notes about the paste as a whole, a summary, and an Add button that stays disabled while any row
 * has an error. Reading and saving run in the background; the dialog closes once the people are in.
 */
public final class PastePreviewDialog {
    public static final String TABLE_ID = "pasteTable";
    public static final String SUMMARY_ID = "pasteSummary";
    public static final String NOTES_ID = "pasteNotes";
    public static final String ADD_ID = "pasteAdd";
    public static final String CANCEL_ID = "pasteCancel";
    public static final String SKIP_ID = "pasteSkipRefused";

    /** The style classes of the preview, defined under "Pasting rows into the roster" in {@code app.css}. */
    static final String PREVIEW = "paste-preview";
    static final String ERROR = "paste-error";
    static final String WARNING = "paste-warning";
    static final String NOTE = "paste-note";

    private PastePreviewDialog() {}

    /**
     * Opens the preview of {@code clipboardText} pasted into the cohort with this code and starts
     * reading it; {@code afterSave} runs on the FX thread once the people are added (the roster then
     * reads itself again). Call on the FX thread.
     */
    public static Dialog<ButtonType> show(AppContext context, String cohortCode, String clipboardText, Runnable afterSave) {
        RosterPaste pastes = context.services().pastes();
        PastePreviewViewModel.Reader reader = (code, text, columns, asNew) -> pastes.preview(code, text, columns, asNew);
        PastePreviewViewModel model = new PastePreviewViewModel(cohortCode, clipboardText, reader, pastes::save,
                context.localization(), context.tasks(), context.errors()::show);
        return open(build(model, afterSave), model);
    }

    /**
     * As {@link #show}, for a nominee list read from {@code file} (XLSX, ODS or CSV; {@code sheet}
     * names the sheet, null for the first one not hidden): the file is read and checked in the
     * background (once: a changed column mapping checks the cells already read), the title names it.
     */
    public static Dialog<ButtonType> showFile(AppContext context, String cohortCode, Path file, String sheet, Runnable afterSave) {
        NomineeImport imports = new NomineeImport(context.services().pastes());
        AtomicReference<SheetCells> cells = new AtomicReference<>();
        PastePreviewViewModel.Reader reader = (code, path, columns, asNew) -> {
            SheetCells read = cells.updateAndGet(known -> known != null ? known : NomineeFile.read(file, sheet));
            return imports.check(file.getFileName().toString(), read, code, columns, asNew).rows();
        };
        PastePreviewViewModel.Save saver = (cohortId, rows) -> {
            context.workspace().backups().beforeImport();
            return context.services().pastes().save(cohortId, rows);
        };
        PastePreviewViewModel model = new PastePreviewViewModel(cohortCode, file.toString(), reader, saver,
                context.localization(), context.tasks(), context.errors()::show);
        model.describeAFile();
        Dialog<ButtonType> dialog = build(model, afterSave);
        dialog.setTitle(context.localization().tr("roster.import.title", file.getFileName().toString(), cohortCode));
        dialog.setHeaderText(context.localization().tr("roster.import.header"));
        return open(dialog, model);
    }

    /** Shows the dialog over the focused window and starts reading. */
    private static Dialog<ButtonType> open(Dialog<ButtonType> dialog, PastePreviewViewModel model) {
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        model.load();
        return dialog;
    }

    static Dialog<ButtonType> build(PastePreviewViewModel model, Runnable afterSave) {
        Localization tr = model.localization();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("paste.title", model.code()));
        dialog.setHeaderText(tr.tr("paste.header"));
        dialog.setResizable(true);
        ButtonType add = new ButtonType(tr.tr("paste.add", 0), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(tr.tr("paste.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(add, cancel);

        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.setId(ADD_ID);
        addButton.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(addButton, false);
        addButton.textProperty().bind(model.addTextProperty());
        addButton.disableProperty().bind(model.canSaveProperty().not());
        addButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(() -> {
                dialog.setResult(add);
                dialog.close();
                afterSave.run();
            });
        });
        dialog.getDialogPane().lookupButton(cancel).setId(CANCEL_ID);

        VBox notes = new VBox(4);
        notes.setId(NOTES_ID);
        model.notes().addListener((ListChangeListener<PastePreviewViewModel.Note>) change -> showNotes(notes, model.notes()));

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        LaoText.follow(summary, model.summaryProperty());
        model.summaryIsErrorProperty().addListener((o, old, now) -> mark(summary.getStyleClass(), now ? ERROR : null));

        TableView<PastePreviewRow> table = table(tr, model);
        table.setItems(model.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(170);

        CheckBox skip = new CheckBox(tr.tr("paste.skip_refused"));
        skip.setId(SKIP_ID);
        skip.selectedProperty().bindBidirectional(model.skipRefusedProperty());
        skip.disableProperty().bind(model.busyProperty());

        VBox content = new VBox(10, notes, ColumnMappingPane.build(model), table, summary, skip);
        content.getStyleClass().add(PREVIEW);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(1100, 660);
        Styles.apply(dialog.getDialogPane(), tr.language());
        return dialog;
    }

    private static void showNotes(VBox box, List<PastePreviewViewModel.Note> notes) {
        box.getChildren().clear();
        for (PastePreviewViewModel.Note note : notes) {
            Node line = LaoText.paragraph(note.text(), NOTE, note.error() ? ERROR : WARNING);
            box.getChildren().add(line);
        }
    }

    private static TableView<PastePreviewRow> table(Localization tr, PastePreviewViewModel model) {
        TableView<PastePreviewRow> table = new TableView<>();
        table.setId(TABLE_ID);
        Label placeholder = new Label(tr.tr("paste.reading"));
        placeholder.getStyleClass().add(Styles.MUTED);
        table.setPlaceholder(placeholder);
        TableColumn<PastePreviewRow, PastePreviewRow> problems = new TableColumn<>(tr.tr("paste.column.problems"));
        problems.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        problems.setCellFactory(v -> new ProblemCell());
        problems.setPrefWidth(360);
        table.getColumns().setAll(List.of(
                text(tr.tr("paste.column.row"), r -> Integer.toString(r.row()), 52),
                text(tr.tr("paste.column.record"), PastePreviewRow::record, 80),
                LinkCell.column(tr.tr("paste.column.link"), model),
                problems,
                text(tr.tr("roster.column.name_local"), PastePreviewRow::nameLocal, 160),
                text(tr.tr("roster.column.name_latin"), PastePreviewRow::nameLatin, 180),
                text(tr.tr("roster.column.sex"), PastePreviewRow::sex, 56),
                text(tr.tr("roster.column.birth_date"), PastePreviewRow::birthDate, 100),
                text(tr.tr("roster.column.position"), PastePreviewRow::position, 140),
                text(tr.tr("roster.column.agency"), PastePreviewRow::agency, 160),
                text(tr.tr("roster.column.province"), PastePreviewRow::province, 110),
                text(tr.tr("roster.column.passport"), PastePreviewRow::passportNo, 100),
                text(tr.tr("roster.column.passport_expiry"), PastePreviewRow::passportExpiry, 100),
                text(tr.tr("roster.column.visa"), PastePreviewRow::visa, 140),
                text(tr.tr("roster.column.arrival"), PastePreviewRow::arrival, 130),
                text(tr.tr("roster.column.departure"), PastePreviewRow::departure, 130),
                text(tr.tr("roster.column.room"), PastePreviewRow::room, 70),
                text(tr.tr("roster.column.notes"), PastePreviewRow::notes, 200)));
        return table;
    }

    private static TableColumn<PastePreviewRow, String> text(String title, Function<PastePreviewRow, String> value, double width) {
        TableColumn<PastePreviewRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        column.setCellFactory(v -> TextCell.plain());
        column.setPrefWidth(width);
        return column;
    }

    /** Sets one of the error and warning classes, or neither. */
    private static void mark(List<String> styleClasses, String which) {
        styleClasses.removeAll(List.of(ERROR, WARNING));
        if (which != null) {
            styleClasses.add(which);
        }
    }

    /** A row's problems, errors first; the cell styled as an error or a warning, the whole list as a tooltip. */
    private static final class ProblemCell extends TextCell<PastePreviewRow, PastePreviewRow> {
        ProblemCell() {
            super(row -> row.problemText().replace('\n', ' '));
        }

        @Override
        protected void updateItem(PastePreviewRow row, boolean empty) {
            super.updateItem(empty || row == null || row.problemText().isEmpty() ? null : row, empty);
            if (empty || row == null || row.problemText().isEmpty()) {
                mark(getStyleClass(), null);
                return;
            }
            mark(getStyleClass(), row.hasErrors() ? ERROR : WARNING);
            setTooltip(LaoText.tooltip(row.problemText()));
        }
    }
}
