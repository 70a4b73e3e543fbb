package org.cohortdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cohortdesk.model.Phrase;
import org.junit.jupiter.api.Test;

/** Phrases chosen without a language, put into the reader's when a message shows them. */
class LocalizationTest {
    @Test
    void aPhraseInsideAMessageIsPutInTheMessagesLanguageNestedOrTypedAsIs() {
        Phrase inLieu = Phrase.of("holiday.in_lieu", Phrase.of("holiday.vn.hung_kings"));
        Localization vi = new Localization(Language.VI);
        Localization en = new Localization(Language.EN);
        assertEquals("Lecture 1 rơi vào ngày nghỉ lễ: " + vi.tr("holiday.in_lieu", vi.tr("holiday.vn.hung_kings")) + ".",
                vi.tr("schedule.conflict.holiday", "Lecture 1", inLieu));
        assertEquals("Lecture 1 falls on a public holiday: " + en.tr("holiday.in_lieu", en.tr("holiday.vn.hung_kings")) + ".",
                en.tr("schedule.conflict.holiday", "Lecture 1", inLieu));
        assertEquals("Ngày nghỉ bù của trường", vi.tr(Phrase.literal("Ngày nghỉ bù của trường")), "typed text stays as typed");
    }
}
