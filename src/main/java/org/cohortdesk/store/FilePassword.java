package org.cohortdesk.store;

import java.util.Arrays;

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

    /** The password as H2's {@code CIPHER} option and its script commands want it. */
    String value() {
        return new String(chars);
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
