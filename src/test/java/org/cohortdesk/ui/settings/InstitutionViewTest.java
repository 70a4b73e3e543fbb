package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.WindowTest;
import org.junit.jupiter.api.Test;

/** The Institution card in the real window: the stored profile shown, fields typed and saved with Enter, a too-long field refused in words and focused. */
class InstitutionViewTest extends WindowTest {
    static final String NAME_VI = "Học viện Cán bộ thành phố Đà Nẵng";

    @Test
    void showsTheProfileSavesWhatIsTypedAndRefusesATooLongPlace() throws Exception {
        window = WindowHarness.show(dir, Language.EN, workspace -> {
            Map<InstitutionField, String> vi = new EnumMap<>(InstitutionField.class);
            vi.put(InstitutionField.NAME_VI, NAME_VI);
            workspace.services().institution().change(vi);
        });
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        WindowHarness.waitUntil(() -> lookup("#" + InstitutionView.fieldId(InstitutionField.NAME_VI)).tryQuery().isPresent());
        TextField nameVi = field(InstitutionField.NAME_VI);
        WindowHarness.waitUntil(() -> NAME_VI.equals(nameVi.getText()));
        interact(() -> { // the card sits below the language and data cards: scroll it into view
            ScrollPane page = lookup(".scroll-pane").queryAs(ScrollPane.class);
            double y = page.getContent().sceneToLocal(nameVi.localToScene(nameVi.getBoundsInLocal())).getMinY();
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 80) / room)));
        });

        clickOn(field(InstitutionField.NAME_EN)).write("Da Nang Cadre Academy");
        clickOn(field(InstitutionField.PLACE_VI)).write("Da Nang");
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> !text(InstitutionView.MESSAGE_ID).isEmpty());
        assertEquals("Saved. Certificates, annual reports and packages made from now on print it.", text(InstitutionView.MESSAGE_ID));

        interact(() -> field(InstitutionField.PLACE_EN).setText("x".repeat(101)));
        clickOn("#" + InstitutionView.SAVE_ID);
        WindowHarness.waitUntil(() -> !text(InstitutionView.PROBLEM_ID).isEmpty());
        assertEquals("Place in English is too long: 101 characters, at most 100. Nothing was saved.", text(InstitutionView.PROBLEM_ID));
        assertTrue(field(InstitutionField.PLACE_EN).isFocused(), "the refused field has the focus");
        assertEquals("", text(InstitutionView.MESSAGE_ID));
        assertEquals(java.util.List.of(), window.sqlOnFxThread());

        window.close();
        window = null;
        try (Workspace workspace = UiFixtures.open(dir)) {
            Institution saved = workspace.services().institution().profile();
            assertEquals(NAME_VI, saved.nameVi());
            assertEquals("Da Nang Cadre Academy", saved.nameEn());
            assertEquals("Da Nang", saved.placeVi());
            assertNull(saved.placeEn(), "the refused save changed nothing");
            assertEquals(1, saved.version(), "one save");
        }
    }

    private TextField field(InstitutionField field) {
        return lookup("#" + InstitutionView.fieldId(field)).queryAs(TextField.class);
    }

    /** The words in a card's message holder. */
    private String text(String id) {
        return from(lookup("#" + id).queryAs(Pane.class)).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining(" ")).strip();
    }
}
