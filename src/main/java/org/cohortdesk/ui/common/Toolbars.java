package org.cohortdesk.ui.common;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The toolbar over a list page: the filter field, the page's buttons, and the count at the right. */
public final class Toolbars {
    private Toolbars() {}

    /**
     * A toolbar with {@code filter} (bound both ways to {@code filterText}, with its id and
     * prompt), then {@code actions}, then a label following {@code countText} ("3 of 12 cohorts").
     */
    public static HBox filterBar(TextField filter, String filterId, String prompt, StringProperty filterText, String countId,
            ObservableValue<String> countText, Node... actions) {
        filter.setId(filterId);
        filter.getStyleClass().add(Styles.FILTER_FIELD);
        filter.setPromptText(prompt);
        filter.textProperty().bindBidirectional(filterText);
        Label count = new Label();
        count.setId(countId);
        count.getStyleClass().add(Styles.MUTED);
        LaoText.follow(count, countText);
        // When the row is tight (a long count such as "46 of 495 cohorts", a narrow window) the
        // filter field gives way; the buttons and the count keep their words whole.
        count.setMinWidth(Region.USE_PREF_SIZE);
        for (Node action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(12, filter);
        toolbar.getChildren().addAll(actions);
        toolbar.getChildren().addAll(grow, count);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        return toolbar;
    }

    /** A button with its id, Lao text in the Lao font. */
    public static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        LaoText.mark(button.getStyleClass(), text);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * A menu in an action row: {@code items} are (id, text, action) in order; it keeps its width
     * when the row is tight and is not reached by Tab (its items have their own ways in).
     */
    public static MenuButton menu(String text, String id, String tip, List<MenuItem> items) {
        MenuButton menu = new MenuButton(text);
        menu.setId(id);
        menu.setTooltip(LaoText.tooltip(tip));
        menu.setFocusTraversable(false);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        LaoText.mark(menu.getStyleClass(), text);
        menu.getItems().setAll(items);
        return menu;
    }

    /** An item of such a menu. */
    public static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        LaoText.mark(item.getStyleClass(), text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
