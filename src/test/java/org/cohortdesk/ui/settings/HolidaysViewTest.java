package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.HolidayKind;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.WindowTest;
import org.junit.jupiter.api.Test;

/** The days-off card of the Settings page in the real window: an extra day added, listed, kept after reopening, removed. */
class HolidaysViewTest extends WindowTest {
    private static final LocalDate BRIDGE = LocalDate.of(2026, 1, 2);

    TableView<HolidayRow> openHolidays2026() throws Exception {
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        TableView<HolidayRow> table = lookup("#" + HolidaysView.TABLE_ID).queryTableView();
        Spinner<Integer> year = lookup("#" + HolidaysView.YEAR_ID).queryAs(Spinner.class);
        interact(() -> {
            year.getValueFactory().setValue(2026);
            lookup(".scroll-pane").queryAs(ScrollPane.class).setVvalue(1); // the card is below language and data
        });
        WindowHarness.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.date().equals(LocalDate.of(2026, 2, 17))));
        return table;
    }

    static Optional<HolidayRow> row(TableView<HolidayRow> table, LocalDate date) {
        return table.getItems().stream().filter(r -> r.date().equals(date)).findFirst();
    }

    @Test
    void anExtraDayAddedIsListedKeptAfterReopeningAndRemoved() throws Exception {
        window = WindowHarness.show(dir, Language.EN, null);
        TableView<HolidayRow> table = openHolidays2026();
        assertEquals(HolidayCountry.VN, lookup("#" + HolidaysView.COUNTRY_ID).queryAs(ComboBox.class).getValue());
        HolidayRow tet = row(table, LocalDate.of(2026, 2, 17)).orElseThrow();
        assertEquals(List.of("Tuesday", "Lunar New Year (Tết)", "Public holiday"), List.of(tet.weekday(), tet.name(), tet.kindText()));
        assertEquals("13 days off", lookup("#" + HolidaysView.COUNT_ID).queryAs(Label.class).getText());

        clickOn("#" + HolidaysView.DATE_ID).write("01/01/2026");
        clickOn("#" + HolidaysView.NAME_ID).write("Not again");
        clickOn("#" + HolidaysView.ADD_ID);
        Label message = lookup("#" + HolidaysView.MESSAGE_ID).queryAs(Label.class);
        WindowHarness.waitUntil(() -> !message.getText().isEmpty());
        assertEquals("01/01/2026 is already a public holiday in Vietnam.", message.getText());

        interact(() -> {
            lookup("#" + HolidaysView.DATE_ID).queryTextInputControl().setText("02/01/2026");
            lookup("#" + HolidaysView.NAME_ID).queryTextInputControl().setText("Bridge day after New Year");
        });
        clickOn("#" + HolidaysView.ADD_ID);
        WindowHarness.waitUntil(() -> row(table, BRIDGE).isPresent());
        assertEquals("", message.getText());
        assertEquals(HolidayKind.EXTRA, row(table, BRIDGE).orElseThrow().kind());
        assertEquals("", lookup("#" + HolidaysView.DATE_ID).queryTextInputControl().getText(), "the form is cleared for the next day");
        assertEquals(List.of(), window.sqlOnFxThread());
        window.close();

        window = WindowHarness.show(dir, Language.EN, null);
        TableView<HolidayRow> reopened = openHolidays2026();
        HolidayRow bridge = row(reopened, BRIDGE).orElseThrow(() -> new AssertionError("the extra day is kept"));
        assertEquals("Bridge day after New Year", bridge.name());
        assertEquals("Extra day off", bridge.kindText());

        Button remove = lookup("#" + HolidaysView.REMOVE_ID).queryButton();
        interact(() -> reopened.getSelectionModel().select(row(reopened, LocalDate.of(2026, 1, 1)).orElseThrow()));
        assertTrue(remove.isDisabled(), "a public holiday cannot be removed");
        interact(() -> reopened.getSelectionModel().select(bridge));
        clickOn(remove);
        WindowHarness.waitUntil(() -> row(reopened, BRIDGE).isEmpty());
        assertEquals(List.of(), window.sqlOnFxThread());
    }
}
