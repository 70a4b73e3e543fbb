package org.cohortdesk.service.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of what is made to be printed (sign-in sheets, timetables): PDF, or an XLSX workbook set up for A4. */
public enum PrintFormat {
    PDF,
    XLSX;

    /** The file name extension, without the dot: {@code pdf}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} ({@code pdf}, {@code XLSX}, ...), if there is one. */
    public static Optional<PrintFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format a file name's extension names ({@code week1.pdf} is PDF), if any. */
    public static Optional<PrintFormat> ofFile(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(text.substring(dot + 1));
    }
}
