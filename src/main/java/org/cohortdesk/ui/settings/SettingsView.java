package org.cohortdesk.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.Styles;

/** Settings: the language of the window, where the data is, the institution, and the days off of Vietnam and Laos. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel model, HolidaysViewModel holidays) {
        this(model, holidays, null, null, null);
    }

    /**
     * With the backups card when {@code backups} is given, and {@code encryption}, the card of the
     * database's password (null: none, a server); the {@code institution} card (null: none) below where the data is.
     */
    public SettingsView(SettingsViewModel model, HolidaysViewModel holidays, BackupsView backups, EncryptionCard encryption,
            InstitutionView institution) {
        Localization tr = model.localization();
        VBox page = new VBox(20);
        page.getStyleClass().add(Styles.PAGE);
        setContent(page);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        VBox languageBox = new VBox(8);
        languageBox.getStyleClass().add(Styles.CARD);
        languageBox.getChildren().add(LaoText.label(tr.tr("settings.language"), Styles.SECTION_TITLE));
        languageBox.getChildren().add(LaoText.paragraph(tr.tr("settings.language.hint"), Styles.MUTED));
        ToggleGroup group = new ToggleGroup();
        for (Language language : model.languages()) {
            RadioButton choice = new RadioButton();
            choice.setId("language-" + language.tag());
            LaoText.show(choice, model.nameOf(language));
            choice.setToggleGroup(group);
            choice.setUserData(language);
            choice.setSelected(language == model.languageProperty().get());
            choice.setOnAction(e -> model.chooseLanguage(language));
            languageBox.getChildren().add(choice);
        }

        GridPane where = new GridPane();
        where.setHgap(16);
        where.setVgap(8);
        where.getStyleClass().add(Styles.CARD);
        where.add(LaoText.label(tr.tr("settings.data"), Styles.SECTION_TITLE), 0, 0, 2, 1);
        where.addRow(1, LaoText.label(tr.tr("settings.data.folder"), Styles.MUTED), copyable(model.dataFolder(), "dataFolder"));
        if (!model.database().equals(model.dataFolder())) {
            where.addRow(2, LaoText.label(tr.tr("settings.data.database"), Styles.MUTED), copyable(model.database(), "database"));
        }
        where.add(LaoText.paragraph(tr.tr("settings.data.hint"), Styles.MUTED), 0, 3, 2, 1);
        GridPane.setMargin(where.getChildren().get(where.getChildren().size() - 1), new Insets(4, 0, 0, 0));

        page.getChildren().addAll(Page.header(tr.tr("settings.title"), null), languageBox, where);
        if (institution != null) {
            page.getChildren().add(institution);
        }
        page.getChildren().add(new ServerSettingView(model.server(), tr));
        if (encryption != null) {
            page.getChildren().add(encryption);
        }
        if (backups != null) {
            page.getChildren().add(backups);
        }
        page.getChildren().add(new HolidaysView(holidays));
    }

    /** A path the user may want to copy: read-only text. */
    private static TextField copyable(String text, String id) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(48);
        field.getStyleClass().add(Styles.READ_ONLY);
        return field;
    }
}
