package org.cohortdesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.export.Passports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's "Leave out passport numbers": ticked, the choice says so; a template without passports greys it out. */
class PassportChoiceTest extends FxRobot {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void tickedTheChoiceLeavesPassportsOutAndATemplateWithoutThemDisablesIt() throws Exception {
        List<ExportDialog.Choice> chosen = new CopyOnWriteArrayList<>();
        Localization tr = new Localization(Language.LO);
        WaitForAsyncUtils.asyncFx(() -> ExportDialog.show(tr, "LAO-2026-03", ExportTemplate.VISA, -1, 20, true, null, chosen::add)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#" + ExportDialog.NO_PASSPORTS_ID).tryQuery().isPresent());
        CheckBox box = lookup("#" + ExportDialog.NO_PASSPORTS_ID).queryAs(CheckBox.class);
        assertEquals(tr.tr("export.dialog.no_passports"), box.getText());
        assertFalse(box.isSelected(), "passports stay in unless asked");
        assertFalse(box.isDisabled(), "the visa template carries passports");

        ComboBox<ExportTemplate> templates = lookup("#" + ExportDialog.TEMPLATE_ID).queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> templates.setValue(ExportTemplate.CATERING)).get();
        assertTrue(box.isDisabled(), "catering has no passport to leave out");
        WaitForAsyncUtils.asyncFx(() -> templates.setValue(ExportTemplate.EMBASSY)).get();
        assertFalse(box.isDisabled());

        clickOn(box);
        clickOn("#" + ExportDialog.CONFIRM_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chosen.isEmpty());
        assertEquals(ExportTemplate.EMBASSY, chosen.get(0).template());
        assertEquals(Passports.LEFT_OUT, chosen.get(0).passports());
    }
}
