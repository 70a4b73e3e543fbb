package org.cohortdesk.model.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.TextMatch;

/**
 * When two person records are likely the same human being: the same passport number, or the same
 * birth date and a similar name in either script. Similar means equal once case, accents, spaces
 * and word order are ignored, or (for the romanised name) at most one edit apart per six letters,
 * which catches "Souksavanh" / "Souksavan" and "Khamphone" / "Khamphon" but not two different
 * people born on the same day.
 */
public final class DuplicateRules {

    private DuplicateRules() {}

    /** The reason {@code a} and {@code b} are likely the same person, if they are. */
    public static Optional<DuplicateReason> likelyDuplicate(Person a, Person b) {
        String passportA = passportKey(a.passportNo());
        if (!passportA.isEmpty() && passportA.equals(passportKey(b.passportNo()))) {
            return Optional.of(DuplicateReason.SAME_PASSPORT);
        }
        if (a.birthDate() != null && a.birthDate().equals(b.birthDate())
                && (similarLatin(a.nameLatin(), b.nameLatin()) || sameLocal(a.nameLocal(), b.nameLocal()))) {
            return Optional.of(DuplicateReason.SAME_BIRTH_DATE_AND_NAME);
        }
        return Optional.empty();
    }

    /** A passport number as compared: upper case, letters and digits only. */
    public static String passportKey(String passportNo) {
        return passportNo == null ? "" : passportNo.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static boolean similarLatin(String a, String b) {
        String x = sortedWords(a);
        String y = sortedWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String joinedX = x.replace(" ", "");
        String joinedY = y.replace(" ", "");
        int allowed = Math.max(joinedX.length(), joinedY.length()) / 6;
        return Math.abs(joinedX.length() - joinedY.length()) <= allowed && editDistance(joinedX, joinedY, allowed) <= allowed;
    }

    static boolean sameLocal(String a, String b) {
        String x = local(a);
        return !x.isEmpty() && x.equals(local(b));
    }

    private static String local(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    private static String sortedWords(String name) {
        String folded = TextMatch.fold(name).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        if (folded.isEmpty()) {
            return "";
        }
        String[] words = folded.split("\\s+");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) once it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
