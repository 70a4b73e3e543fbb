package org.cohortdesk.service.nominees;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cohortdesk.service.roster.TabText;

/**
 * Reads a CSV file's bytes into rows of cells. The text is UTF-8 (with or without a byte-order
 * mark); bytes that are not UTF-8 are read as the Windows code page a Vietnamese or Western Excel
 * saves CSV in (Windows-1258 when the text has its Vietnamese tone marks, else Windows-1252). The
 * separator is the one of comma, semicolon and tab found most often outside quotes in the first
 * {@value #LINES_LOOKED_AT} lines (a title line above the header may have none). Quoted cells may hold separators, line breaks and doubled quotes, as RFC 4180 writes them.
 */
final class CsvSheet {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The combining tone marks of Windows-1258 (grave, acute, tilde, hook, dot below). */
    private static final String TONE_MARKS_1258 = "\u00CC\u00EC\u00DE\u00D2\u00F2";
    /** Vietnamese vowels as Windows-1258 bytes read in Windows-1252. */
    private static final String VOWELS_1258 = "aeiouyAEIOUY\u00E2\u00EA\u00F4\u00E3\u00F5\u00FD\u00C2\u00CA\u00D4\u00C3\u00D5\u00DD";

    static final int LINES_LOOKED_AT = 10;

    private CsvSheet() {}

    static SheetCells read(String name, byte[] bytes) {
        String text = decode(bytes);
        char separator = separator(text);
        SheetRows rows = new SheetRows();
        List<List<String>> records = TabText.rows(text, separator);
        for (int i = 0; i < records.size(); i++) {
            rows.add(i + 1, records.get(i));
        }
        return new SheetCells(name, rows.rows());
    }

    static String decode(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            String western = new String(bytes, from, bytes.length - from, WINDOWS_1252);
            if (Charset.isSupported("windows-1258") && hasToneMarkAfterAVowel(western)) {
                return new String(bytes, from, bytes.length - from, Charset.forName("windows-1258"));
            }
            return western;
        }
    }

    /**
     * Windows-1258 writes "ễ" as "ê" and a tone mark; read as Windows-1252 the mark is one of ÌìÞÒò
     * right after a vowel (ă, ơ, ư read as ã, õ, ý), which Western text hardly ever has.
     */
    private static boolean hasToneMarkAfterAVowel(String western) {
        for (int i = 1; i < western.length(); i++) {
            if (TONE_MARKS_1258.indexOf(western.charAt(i)) >= 0 && VOWELS_1258.indexOf(western.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static char separator(String text) {
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n' && ++lines == LINES_LOOKED_AT) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
