package org.cohortdesk.service.spreadsheet;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats a table can be written in. */
public enum SpreadsheetFormat {
    XLSX(new XlsxWriter()),
    ODS(new OdsWriter()),
    CSV(new CsvWriter());

    private final SpreadsheetWriter writer;

    SpreadsheetFormat(SpreadsheetWriter writer) {
        this.writer = writer;
    }

    SpreadsheetWriter writer() {
        return writer;
    }

    /** The file name extension, without the dot: {@code xlsx}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} ({@code xlsx}, {@code ODS}, ...), if there is one. */
    public static Optional<SpreadsheetFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The format a file name's extension names ({@code roster.xlsx} is XLSX), if any. */
    public static Optional<SpreadsheetFormat> ofFile(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(text.substring(dot + 1));
    }
}
