package org.cohortdesk.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Tab-separated output: one record a line; tabs and line breaks inside a value become spaces. */
final class Tsv {
    private Tsv() {}

    static String row(Object... values) {
        return Arrays.stream(values)
                .map(v -> v == null ? "" : v.toString().replaceAll("[\\t\\r\\n]+", " "))
                .collect(Collectors.joining("\t"));
    }
}
