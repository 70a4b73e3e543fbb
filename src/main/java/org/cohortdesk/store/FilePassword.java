package org.cohortdesk.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The password a data folder's database file is encrypted with, or {@link #NONE}. Never printed:
 * {@link #toString()} hides it. Where it comes from is the caller's business (the window's
 * password dialog, {@code COHORTDESK_PASSWORD}, a console prompt, a password file).
 */
public final class FilePassword {
    /** No encryption. */
    public static final FilePassword NONE = new FilePassword(new char[0]);

    private final char[] chars;

    private FilePassword(char[] chars) {
        this.chars = chars.clone();
    }

    /** A password as typed; blank (or null) means none. */
    public static FilePassword of(char[] typed) {
        return typed == null || new String(typed).isBlank() ? NONE : new FilePassword(typed);
    }

    public static FilePassword of(String typed) {
        return typed == null ? NONE : of(typed.toCharArray());
    }

    public boolean isNone() {
        return chars.length == 0;
    }

    /**
     * The password as H2's {@code CIPHER} option and its script commands get it: the hexadecimal of
     * its UTF-8 bytes. H2 splits its password at the first space ("filePassword userPassword"), so a
     * password typed with spaces (a phrase) would otherwise be cut; hexadecimal has no space and
     * keeps every password distinct. H2 derives the AES key from it with a salt, as from any text.
     */
    String value() {
        return HexFormat.of().formatHex(new String(chars).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilePassword p && Arrays.equals(chars, p.chars);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chars);
    }

    @Override
    public String toString() {
        return isNone() ? "FilePassword[none]" : "FilePassword[***]";
    }
}
