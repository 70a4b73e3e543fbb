package org.cohortdesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.ui.common.Columns;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/** The Settings card of public holidays and extra days off: country and year, the days off, add and remove an extra day. */
public final class HolidaysView extends VBox {
    public static final String COUNTRY_ID = "holidayCountry";
    public static final String YEAR_ID = "holidayYear";
    public static final String TABLE_ID = "holidayTable";
    public static final String DATE_ID = "holidayDate";
    public static final String NAME_ID = "holidayName";
    public static final String ADD_ID = "holidayAdd";
    public static final String REMOVE_ID = "holidayRemove";
    public static final String MESSAGE_ID = "holidayMessage";
    public static final String COUNT_ID = "holidayCount";

    public HolidaysView(HolidaysViewModel model) {
        super(8);
        Localization tr = model.localization();
        getStyleClass().add(Styles.CARD);

        ComboBox<HolidayCountry> country = new ComboBox<>();
        country.setId(COUNTRY_ID);
        country.getItems().setAll(model.countries());
        country.setCellFactory(list -> countryCell(model));
        country.setButtonCell(countryCell(model));
        country.valueProperty().bindBidirectional(model.countryProperty());

        Spinner<Integer> year = new Spinner<>();
        year.setId(YEAR_ID);
        SpinnerValueFactory.IntegerSpinnerValueFactory years =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(model.firstYear(), model.lastYear(), model.yearProperty().get());
        year.setValueFactory(years);
        year.setEditable(true);
        year.setPrefWidth(100);
        years.valueProperty().addListener((o, old, now) -> model.yearProperty().set(now));
        model.yearProperty().addListener((o, old, now) -> years.setValue(now.intValue()));

        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        LaoText.follow(count, model.countProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox choose = new HBox(12, LaoText.label(tr.tr("settings.holidays.country")), country,
                LaoText.label(tr.tr("settings.holidays.year")), year, grow, count);
        choose.setAlignment(Pos.CENTER_LEFT);

        TableView<HolidayRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.getColumns().add(Columns.date(tr, tr.tr("settings.holidays.column.date"), HolidayRow::date));
        table.getColumns().add(Columns.text(tr.tr("settings.holidays.column.weekday"), HolidayRow::weekday, 110));
        table.getColumns().add(Columns.text(tr.tr("settings.holidays.column.name"), HolidayRow::name, 340));
        table.getColumns().add(Columns.text(tr.tr("settings.holidays.column.kind"), HolidayRow::kindText, 150));
        Columns.laoHeaders(table);
        table.setPrefHeight(360);

        TextField date = new TextField();
        date.setId(DATE_ID);
        date.setPromptText(tr.tr("settings.holidays.date"));
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(model.dateTextProperty());
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText(tr.tr("settings.holidays.name"));
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(model.nameTextProperty());
        name.setOnAction(e -> model.addExtra());
        Button add = Toolbars.button(tr.tr("settings.holidays.add"), ADD_ID, model::addExtra);
        Button remove = Toolbars.button(tr.tr("settings.holidays.remove"), REMOVE_ID,
                () -> model.removeExtra(table.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> table.getSelectionModel().getSelectedItem() == null || !table.getSelectionModel().getSelectedItem().extra(),
                table.getSelectionModel().selectedItemProperty()));
        HBox form = new HBox(12, date, name, add, remove);
        form.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.ERROR_TEXT);
        LaoText.follow(message, model.messageProperty());

        getChildren().addAll(LaoText.label(tr.tr("settings.holidays"), Styles.SECTION_TITLE),
                LaoText.paragraph(tr.tr("settings.holidays.hint"), Styles.MUTED), choose, table, form, message);
    }

    private static ListCell<HolidayCountry> countryCell(HolidaysViewModel model) {
        return new ListCell<>() {
            @Override
            protected void updateItem(HolidayCountry item, boolean empty) {
                super.updateItem(item, empty);
                LaoText.show(this, empty || item == null ? null : model.nameOf(item));
            }
        };
    }
}
