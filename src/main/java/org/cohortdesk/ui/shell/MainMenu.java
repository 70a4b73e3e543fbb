package org.cohortdesk.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;

/** The menu bar: File (new cohort, sample data, quit), View (each section, filter, refresh), Help (about). */
final class MainMenu {

    /** What the menu items do. */
    interface Actions {
        void show(Section section);

        void newCohort();

        void focusFilter();

        void refresh();

        void about();

        void quit();
    }

    private MainMenu() {}

    /**
     * {@code opening} is true while the data opens: the items that need it wait. {@code notCohorts}
     * is true while another page than the cohort list shows: New cohort (Ctrl+N) waits for it.
     */
    static MenuBar build(Localization tr, ObservableBooleanValue opening, ObservableBooleanValue notCohorts, Actions actions) {
        MenuItem newCohort = item(tr.tr("menu.file.new_cohort"), "menu-new-cohort", actions::newCohort);
        newCohort.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newCohort.disableProperty().bind(Bindings.or(opening, notCohorts));
        MenuItem loadSample = item(tr.tr("menu.file.load_sample"), "menu-load-sample", () -> actions.show(Section.WELCOME));
        loadSample.disableProperty().bind(opening);
        MenuItem quit = item(tr.tr("menu.file.quit"), "menu-quit", actions::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(tr.tr("menu.file"), null, newCohort, new SeparatorMenuItem(), loadSample, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu view = new Menu(tr.tr("menu.view"));
        view.setId("menu-view");
        for (Section section : Section.values()) {
            if (section.inNavigation()) {
                MenuItem go = item(tr.tr(section.labelKey()), "menu-" + NavigationBar.idOf(section), () -> actions.show(section));
                go.setAccelerator(new KeyCodeCombination(section.key(), KeyCombination.SHORTCUT_DOWN));
                go.disableProperty().bind(opening);
                view.getItems().add(go);
            }
        }
        MenuItem filter = item(tr.tr("menu.view.filter"), "menu-filter", actions::focusFilter);
        filter.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem refresh = item(tr.tr("menu.view.refresh"), "menu-refresh", actions::refresh);
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.disableProperty().bind(opening);
        view.getItems().addAll(new SeparatorMenuItem(), filter, refresh);

        MenuItem about = item(tr.tr("menu.help.about"), "menu-about", actions::about);
        Menu help = new Menu(tr.tr("menu.help"), null, about);
        help.setId("menu-help");

        for (Menu menu : List.of(file, view, help)) {
            LaoText.mark(menu.getStyleClass(), menu.getText());
        }
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        LaoText.mark(item.getStyleClass(), text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
