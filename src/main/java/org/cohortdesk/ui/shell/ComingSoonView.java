package org.cohortdesk.ui.shell;

import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.Styles;

/** A section a later version fills: says so plainly, and what it will do. */
final class ComingSoonView extends VBox {

    ComingSoonView(Section section, Localization tr) {
        super(16);
        getStyleClass().add(Styles.PAGE);
        VBox card = new VBox(8, LaoText.paragraph(tr.tr("coming.title"), Styles.SECTION_TITLE),
                LaoText.paragraph(tr.tr(section.comingKey()), Styles.LEAD));
        card.getStyleClass().add(Styles.CARD);
        card.setMaxWidth(640);
        getChildren().addAll(Page.header(tr.tr(section.labelKey()), null), card);
    }
}
