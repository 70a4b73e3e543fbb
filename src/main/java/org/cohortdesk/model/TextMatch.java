package org.cohortdesk.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search that ignores case and Vietnamese diacritics: "hoc vien" finds "Học viện", "DANG" finds
 * "Đặng". Text is folded once ({@link #fold}) and kept beside the row; a query matches when every
 * word of it occurs somewhere in the folded text, in any order.
 *
 * <p>Only Latin combining marks (U+0300 to U+036F) are dropped, so Lao vowels and tone marks stay:
 * they change the word, not its accent.
 */
public final class TextMatch {
    private static final Pattern LATIN_MARKS = Pattern.compile("[\\u0300-\\u036f]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final TextMatch EVERYTHING = new TextMatch(List.of());

    private final List<String> words;

    private TextMatch(List<String> words) {
        this.words = words;
    }

    /** The query as typed; blank matches everything. */
    public static TextMatch of(String query) {
        String folded = fold(query).strip();
        if (folded.isEmpty()) {
            return EVERYTHING;
        }
        return new TextMatch(Arrays.asList(SPACES.split(folded)));
    }

    /** Lower case, without Vietnamese accents, đ as d. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = LATIN_MARKS.matcher(decomposed).replaceAll("");
        return Normalizer.normalize(bare.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when everything this query matches, {@code earlier} matched too: each of {@code
     * earlier}'s words lies within one of this query's (typing on: "som" then "soms", "som" then
     * "som p"). False when {@code earlier} is null.
     */
    public boolean narrows(TextMatch earlier) {
        if (earlier == null) {
            return false;
        }
        for (String old : earlier.words) {
            if (words.stream().noneMatch(w -> w.contains(old))) {
                return false;
            }
        }
        return true;
    }

    public boolean matchesEverything() {
        return words.isEmpty();
    }

    /** True when every word of the query occurs in {@code foldedText} (already {@link #fold folded}). */
    public boolean matches(String foldedText) {
        for (String word : words) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
