package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Institution card's model: a save over a profile changed elsewhere meanwhile is refused in words, and the card shows the profile as saved. */
class InstitutionViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aChangeMadeElsewhereMeanwhileIsSaidAndShown() {
        try (Workspace workspace = UiFixtures.open(dir)) {
            InstitutionViewModel model = new InstitutionViewModel(workspace.services().institution(), new Localization(Language.VI),
                    TaskRunner.sameThread(), e -> {
                        throw new AssertionError(e);
                    });
            model.load();
            assertEquals("", model.field(InstitutionField.NAME_VI).get());

            Map<InstitutionField, String> elsewhere = new EnumMap<>(InstitutionField.class);
            elsewhere.put(InstitutionField.NAME_VI, "Trường Chính trị tỉnh Hòa Bình");
            workspace.services().institution().change(elsewhere); // another desktop on the same server

            model.field(InstitutionField.PLACE_VI).set("Huế");
            model.save();
            assertEquals("Thông tin cơ sở đào tạo đã được thay đổi ở nơi khác sau khi hiển thị. Thẻ nay hiển thị bản đã lưu: hãy sửa lại.",
                    model.problemProperty().get());
            assertEquals("Trường Chính trị tỉnh Hòa Bình", model.field(InstitutionField.NAME_VI).get());
            assertEquals("", model.field(InstitutionField.PLACE_VI).get());
            assertFalse(model.busyProperty().get());

            model.field(InstitutionField.PLACE_VI).set("Hòa Bình");
            model.save();
            assertEquals("", model.problemProperty().get());
            assertEquals("Hòa Bình", workspace.services().institution().profile().placeVi());
        }
    }
}
