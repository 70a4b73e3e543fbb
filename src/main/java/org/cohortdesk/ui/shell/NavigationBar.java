package org.cohortdesk.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/** The list of sections on the left. The selected button follows the shell's section, never the other way round. */
final class NavigationBar extends VBox {
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ToggleGroup group = new ToggleGroup();

    NavigationBar(ShellViewModel model, Localization tr) {
        getStyleClass().add(Styles.NAV);
        for (Section section : Section.values()) {
            if (!section.inNavigation()) {
                continue;
            }
            ToggleButton button = new ToggleButton();
            button.setId(idOf(section));
            LaoText.show(button, tr.tr(section.labelKey()));
            button.setAccessibleHelp(tr.tr("nav.shortcut", tr.tr(section.labelKey()), section.ordinal() + 1));
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> {
                model.show(section);
                select(model.section());
            });
            buttons.put(section, button);
            if (section == Section.SETTINGS) {
                Region grow = new Region();
                VBox.setVgrow(grow, Priority.ALWAYS);
                getChildren().add(grow);
            }
            getChildren().add(button);
        }
        model.sectionProperty().addListener((o, old, now) -> select(now));
        select(model.section());
    }

    /** The node id of a section's button, for tests and the stylesheet. */
    static String idOf(Section section) {
        return "nav-" + section.name().toLowerCase(Locale.ROOT);
    }

    private void select(Section section) {
        ToggleButton button = section == null ? null : buttons.get(section);
        group.selectToggle(button);
    }
}
