package org.cohortdesk.service.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.TextMatch;

/**
 * Recognises column titles: the roster's own titles in Vietnamese, English and Lao, and the
 * synonyms of {@link PasteColumn}, ignoring case, Vietnamese accents and punctuation ("Họ tên",
 * "HO TEN:", "Passport No." all match).
 */
final class PasteHeader {
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** A header is looked for among this many first rows; rows above it are titles of the sheet. */
    static final int ROWS_SEARCHED = 10;
    /** A cell longer than this is no column title, and is not folded to be compared (a 5 MB cell would take seconds). */
    static final int LONGEST_TITLE = 200;

    private final Map<String, PasteColumn> byTitle = new HashMap<>();

    PasteHeader() {
        for (Language language : Language.values()) {
            Localization tr = new Localization(language);
            for (PasteColumn c : PasteColumn.values()) {
                if (c.titleKey() != null) {
                    byTitle.putIfAbsent(normalise(tr.tr(c.titleKey())), c);
                }
            }
            byTitle.putIfAbsent(normalise(tr.tr("roster.column.warning")), PasteColumn.SKIPPED);
            byTitle.putIfAbsent(normalise(tr.tr("roster.column.no")), PasteColumn.SKIPPED);
        }
        for (PasteColumn c : PasteColumn.values()) {
            for (String synonym : c.synonyms()) {
                byTitle.putIfAbsent(normalise(synonym), c);
            }
        }
    }

    /** Folded (lower case, no Vietnamese accents), punctuation as single spaces, trimmed. */
    static String normalise(String title) {
        return NOT_A_LETTER.matcher(TextMatch.fold(title)).replaceAll(" ").strip();
    }

    Optional<PasteColumn> column(String title) {
        if (title.length() > LONGEST_TITLE) {
            return Optional.empty();
        }
        return Optional.ofNullable(byTitle.get(normalise(title)));
    }

    /**
     * The index of the header among the first rows, or -1 when there is none. A row is the header
     * when at least two of its cells are known titles, or when one is and no cell holds a digit
     * (data rows have dates and passport numbers, titles do not).
     */
    int find(List<List<String>> rows) {
        for (int i = 0; i < Math.min(ROWS_SEARCHED, rows.size()); i++) {
            List<String> filled = rows.get(i).stream().filter(s -> !s.isBlank()).toList();
            long known = filled.stream().filter(s -> column(s).isPresent()).count();
            if (known >= 2 || (known == 1 && filled.stream().noneMatch(s -> DIGIT.matcher(s).find()))) {
                return i;
            }
        }
        return -1;
    }

    /** The column of each cell of the header; null where the title is not known. */
    List<PasteColumn> columns(List<String> header) {
        List<PasteColumn> out = new ArrayList<>();
        for (String title : header) {
            out.add(column(title).orElse(null));
        }
        return out;
    }
}
