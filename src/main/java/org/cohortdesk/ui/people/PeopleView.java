package org.cohortdesk.ui.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;
import org.cohortdesk.ui.export.SpreadsheetExport;

/**
 * The People page: everyone in a table with a filter, the selected person's cohorts below it, and
 * a second tab listing likely duplicate records, where a pair can be merged into one.
 */
public final class PeopleView extends BorderPane implements Filterable, PageView, Refreshable {
    public static final String TABLE_ID = "peopleTable";
    public static final String FILTER_ID = "peopleFilter";
    public static final String COUNT_ID = "peopleCount";
    public static final String HISTORY_ID = "personHistory";
    public static final String HISTORY_TITLE_ID = "personHistoryTitle";
    public static final String TABS_ID = "peopleTabs";
    public static final String DUPLICATES_TAB_ID = "peopleDuplicatesTab";
    public static final String DUPLICATES_ID = "peopleDuplicates";
    public static final String DUPLICATES_COUNT_ID = "peopleDuplicatesCount";
    public static final String MERGE_ID = "peopleMerge";
    public static final String MESSAGE_ID = "peopleMessage";
    public static final String EXPORT_ID = "peopleExport";

    static final String HISTORY_PANE = "people-history";
    static final String FILTER_STYLE = "people-filter";
    static final String MERGE_KEEP = "merge-keep";
    static final String MERGE_DROP = "merge-drop";

    private final PeopleViewModel model;
    private final TextField filter = new TextField();
    private final TableView<PersonRow> table = new TableView<>();
    private final TableView<HistoryRow> history = new TableView<>();
    private final TableView<DuplicateRow> duplicates = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Tab everyoneTab;
    private final Tab duplicatesTab;
    private final SpreadsheetExport export;
    private HBox everyoneToolbar;

    public PeopleView(PeopleViewModel model) {
        this(model, null);
    }

    /** With Export… on the everyone tab, when {@code export} is given: everyone to a spreadsheet. */
    public PeopleView(PeopleViewModel model, SpreadsheetExport export) {
        this.model = model;
        this.export = export;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);
        setTop(Page.header(tr.tr("nav.people"), null));

        everyoneTab = new Tab(null, everyone(tr));
        everyoneTab.setGraphic(LaoText.label(tr.tr("people.tab.everyone")));
        duplicatesTab = new Tab(null, duplicatesPane(tr));
        duplicatesTab.setGraphic(LaoText.label(tr.tr("people.tab.duplicates")));
        duplicatesTab.setId(DUPLICATES_TAB_ID);
        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(everyoneTab, duplicatesTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now == duplicatesTab && !model.duplicatesLoadedProperty().get()) {
                model.loadDuplicates();
            }
        });
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        setCenter(tabs);
        sceneProperty().addListener((o, old, now) -> {
            if (old == null && now != null) {
                refresh();
            }
        });
    }

    /**
     * Shown again (the page is kept while the user visits others, where people may have been
     * added or changed): reads everyone again, keeping the filter and the selected person.
     */
    @Override
    public void refresh() {
        if (!model.loadedProperty().get() || model.loadingProperty().get()) {
            return;
        }
        PersonRow selected = table.getSelectionModel().getSelectedItem();
        model.load(() -> {
            if (selected != null) {
                table.getItems().stream().filter(r -> r.id().equals(selected.id())).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        });
        if (model.duplicatesLoadedProperty().get()) {
            model.loadDuplicates();
        }
    }

    private Node everyone(Localization tr) {
        filter.setId(FILTER_ID);
        filter.getStyleClass().addAll(Styles.FILTER_FIELD, FILTER_STYLE);
        filter.setPromptText(tr.tr("people.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        LaoText.follow(count, model.countTextProperty());
        HBox toolbar = toolbar(filter, count);
        everyoneToolbar = toolbar;
        if (export != null) {
            toolbar.getChildren().addAll(SpreadsheetExport.controls(tr.tr("people.export"), EXPORT_ID,
                    report -> export.people(table.getItems().stream().map(PersonRow::id).toList(), model.rows().size(), report)));
        }

        buildPeopleTable(tr);
        Label historyTitle = new Label();
        historyTitle.setId(HISTORY_TITLE_ID);
        historyTitle.getStyleClass().add(Styles.SECTION_TITLE);
        LaoText.follow(historyTitle, model.historyTitleProperty());
        buildHistoryTable(tr);
        VBox historyPane = new VBox(6, historyTitle, history);
        historyPane.getStyleClass().add(HISTORY_PANE);
        VBox.setVgrow(history, Priority.ALWAYS);

        SplitPane split = new SplitPane(table, historyPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox box = new VBox(12, toolbar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        return box;
    }

    private Node duplicatesPane(Localization tr) {
        Button merge = new Button(tr.tr("people.merge"));
        merge.setId(MERGE_ID);
        merge.getStyleClass().add(Styles.PRIMARY);
        LaoText.mark(merge.getStyleClass(), merge.getText());
        merge.disableProperty().bind(duplicates.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        merge.setOnAction(e -> mergeSelected());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        model.messageProperty().addListener((o, old, now) -> LaoText.show(message, now));
        Label count = new Label();
        count.setId(DUPLICATES_COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        LaoText.follow(count, model.duplicatesTextProperty());
        HBox toolbar = toolbar(merge, message, count);

        buildDuplicatesTable(tr);
        VBox box = new VBox(12, toolbar, duplicates);
        VBox.setVgrow(duplicates, Priority.ALWAYS);
        return box;
    }

    private static HBox toolbar(Node... left) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(12, left);
        toolbar.getChildren().add(toolbar.getChildren().size() - 1, grow);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        return toolbar;
    }

    /** Asks which record to keep, then merges the selected pair. */
    public void mergeSelected() {
        DuplicateRow pair = duplicates.getSelectionModel().getSelectedItem();
        if (pair == null || model.busyProperty().get()) {
            return;
        }
        MergeDialog.show(model.localization(), MergePlan.suggested(pair), getScene() == null ? null : getScene().getWindow(),
                plan -> model.merge(plan, () -> {}));
    }

    private void buildPeopleTable(Localization tr) {
        table.setId(TABLE_ID);
        SortedList<PersonRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PersonRow, String> lao = text(tr.tr("people.column.name_local"), PersonRow::nameLocal, 160);
        lao.getStyleClass().add(Styles.LAO);
        TableColumn<PersonRow, LocalDate> born = new TableColumn<>(tr.tr("people.column.birth"));
        born.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().birthDate()));
        born.setCellFactory(c -> new TextCell<>(tr::date));
        born.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        born.setPrefWidth(100);
        born.setMinWidth(96);
        TableColumn<PersonRow, String> sex = text(tr.tr("people.column.sex"), PersonRow::sex, 56);
        sex.setMinWidth(48);
        TableColumn<PersonRow, String> passport = text(tr.tr("people.column.passport"), PersonRow::passport, 110);
        passport.setMinWidth(96);
        TableColumn<PersonRow, String> cohorts = text(tr.tr("people.column.cohorts"), PersonRow::cohorts, 180);
        cohorts.setMinWidth(110);
        table.getColumns().setAll(List.of(lao,
                text(tr.tr("people.column.name_latin"), PersonRow::nameLatin, 190),
                sex,
                born,
                text(tr.tr("people.column.agency"), PersonRow::agency, 220),
                text(tr.tr("people.column.province"), PersonRow::province, 120),
                passport,
                cohorts));
        laoHeaders(table);
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.MUTED);
        LaoText.follow(placeholder, model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));
    }

    private void buildHistoryTable(Localization tr) {
        history.setId(HISTORY_ID);
        history.setItems(model.history());
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<HistoryRow, String> code = text(tr.tr("cohorts.column.code"), HistoryRow::code, 125);
        code.getStyleClass().add(Styles.CODE);
        history.getColumns().setAll(List.of(code,
                text(tr.tr("cohorts.column.course"), HistoryRow::course, 320),
                date(tr, tr.tr("cohorts.column.start"), HistoryRow::startsOn),
                date(tr, tr.tr("cohorts.column.end"), HistoryRow::endsOn),
                text(tr.tr("cohorts.column.status"), HistoryRow::status, 120)));
        laoHeaders(history);
        history.setPlaceholder(new Label(""));
    }

    private void buildDuplicatesTable(Localization tr) {
        duplicates.setId(DUPLICATES_ID);
        duplicates.setItems(model.duplicates());
        duplicates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DuplicateRow, String> first = new TableColumn<>(tr.tr("people.duplicates.first"));
        first.getColumns().setAll(recordColumns(tr, DuplicateRow::first));
        TableColumn<DuplicateRow, String> second = new TableColumn<>(tr.tr("people.duplicates.second"));
        second.getColumns().setAll(recordColumns(tr, DuplicateRow::second));
        duplicates.getColumns().setAll(List.of(first, second, text(tr.tr("people.duplicates.reason"), DuplicateRow::reason, 200)));
        laoHeaders(duplicates);
        duplicates.getColumns().forEach(c -> laoHeaders(c.getColumns()));
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.MUTED);
        LaoText.follow(placeholder, model.duplicatesTextProperty());
        duplicates.setPlaceholder(placeholder);
    }

    private static List<TableColumn<DuplicateRow, String>> recordColumns(Localization tr, Function<DuplicateRow, PersonRow> which) {
        TableColumn<DuplicateRow, String> lao = text(tr.tr("people.column.name_local"), r -> which.apply(r).nameLocal(), 140);
        lao.getStyleClass().add(Styles.LAO);
        return List.of(lao,
                text(tr.tr("people.column.name_latin"), r -> which.apply(r).nameLatin(), 160),
                text(tr.tr("people.column.birth"), r -> which.apply(r).birth(), 90),
                text(tr.tr("people.column.passport"), r -> which.apply(r).passport(), 95),
                text(tr.tr("people.column.cohorts"), r -> which.apply(r).cohorts(), 110));
    }

    private static <S> void laoHeaders(TableView<S> view) {
        laoHeaders(view.getColumns());
    }

    private static <S> void laoHeaders(List<TableColumn<S, ?>> columns) {
        columns.forEach(c -> {
            if (c.getText() != null) {
                Label header = LaoText.label(c.getText());
                c.setText(null);
                c.setGraphic(header);
            }
        });
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> TextCell.plain());
        column.setPrefWidth(width);
        return column;
    }

    private static <S> TableColumn<S, LocalDate> date(Localization tr, String title, Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(tr::date));
        column.setPrefWidth(104);
        return column;
    }

    @Override
    public void focusFilter() {
        tabs.getSelectionModel().select(everyoneTab);
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public Node initialFocus() {
        return filter;
    }

    public TableView<PersonRow> table() {
        return table;
    }

    public TableView<DuplicateRow> duplicatesTable() {
        return duplicates;
    }

    /** Adds buttons at the end of the everyone table's toolbar (the person's History…). */
    public void addActions(Node... actions) {
        everyoneToolbar.getChildren().addAll(actions);
    }

    public PeopleViewModel model() {
        return model;
    }
}
