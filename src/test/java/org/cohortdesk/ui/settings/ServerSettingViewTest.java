package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.Database;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.WindowTest;
import org.junit.jupiter.api.Test;

/** The shared-server card in the real window: an address with a password refused in words, a good one kept for the next start. */
class ServerSettingViewTest extends WindowTest {
    static final String OFFICE = "jdbc:postgresql://office-server/cohortdesk?user=cohortdesk";

    @Test
    void refusesAnAddressWithAPasswordAndKeepsAGoodOneForTheNextStart() throws Exception {
        window = WindowHarness.show(dir, Language.EN, null);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        scrollTo(ServerSettingView.URL_ID);

        clickOn("#" + ServerSettingView.URL_ID).write(OFFICE + "&password=s3cret");
        clickOn("#" + ServerSettingView.SAVE_ID);
        WindowHarness.waitUntil(() -> !text(ServerSettingView.PROBLEM_ID).isEmpty());
        assertTrue(text(ServerSettingView.PROBLEM_ID).startsWith("The address contains a password."), text(ServerSettingView.PROBLEM_ID));
        assertFalse(Files.exists(dir.resolve("settings.properties")) && Files.readString(dir.resolve("settings.properties")).contains("s3cret"));

        interact(() -> lookup("#" + ServerSettingView.URL_ID).queryTextInputControl().setText(OFFICE));
        clickOn("#" + ServerSettingView.SAVE_ID);
        WindowHarness.waitUntil(() -> !text(ServerSettingView.MESSAGE_ID).isEmpty());
        assertEquals("Saved. The next start opens " + OFFICE + ".", text(ServerSettingView.MESSAGE_ID));
        assertEquals("", text(ServerSettingView.PROBLEM_ID));
        assertEquals(Optional.of(OFFICE), Settings.load(dir.resolve("settings.properties")).serverUrl());
        assertTrue(lookup("#statusData").queryLabeled().getText().contains(dir.toString()), "this start stays on the data folder");
        assertEquals(java.util.List.of(), window.sqlOnFxThread());
    }

    @Test
    void copiesTheFoldersDataOntoAnEmptyServerOnceAndThenRefuses() throws Exception {
        window = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        scrollTo(ServerSettingView.COPY_ID);
        Path server = dir.resolve("server");
        String url = "jdbc:h2:file:" + server.resolve("office") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        assertTrue(lookup("#" + ServerSettingView.COPY_ID).queryButton().isDisabled(), "no address yet");
        interact(() -> lookup("#" + ServerSettingView.URL_ID).queryTextInputControl().setText(url));

        clickOn("#" + ServerSettingView.COPY_ID);
        clickOn("Copy");
        WindowHarness.waitUntil(30, () -> text(ServerSettingView.MESSAGE_ID).startsWith("Copied ") || !text(ServerSettingView.PROBLEM_ID).isEmpty());
        assertEquals("", text(ServerSettingView.PROBLEM_ID));
        assertTrue(text(ServerSettingView.MESSAGE_ID).contains("Save the address and start Cohort Desk again"), text(ServerSettingView.MESSAGE_ID));
        try (Database office = Database.open(url)) {
            assertEquals(Integer.valueOf(8), office.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cohorts").mapTo(Integer.class).one()));
        }

        clickOn("#" + ServerSettingView.COPY_ID);
        clickOn("Copy");
        WindowHarness.waitUntil(30, () -> !text(ServerSettingView.PROBLEM_ID).isEmpty());
        assertTrue(text(ServerSettingView.PROBLEM_ID).contains("already holds data"), text(ServerSettingView.PROBLEM_ID));
        assertEquals(java.util.List.of(), window.sqlOnFxThread());
    }

    /** The card's place on the page depends on the cards above it: scrolls to one of its nodes. */
    private void scrollTo(String id) {
        interact(() -> {
            ScrollPane page = lookup(".scroll-pane").queryAs(ScrollPane.class);
            javafx.scene.Node field = lookup("#" + id).query();
            double y = page.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
    }

    /** The words shown in a card's message holder (one paragraph, or nothing). */
    private String text(String id) {
        Pane holder = lookup("#" + id).queryAs(Pane.class);
        StringBuilder words = new StringBuilder();
        collect(holder, words);
        return words.toString().strip();
    }

    private static void collect(Node node, StringBuilder words) {
        if (node instanceof Labeled labeled) {
            words.append(labeled.getText()).append(' ');
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, words));
        }
    }
}
