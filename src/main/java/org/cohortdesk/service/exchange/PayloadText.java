package org.cohortdesk.service.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.store.Deletions.Tombstone;
import org.cohortdesk.store.ExchangeRows;
import org.cohortdesk.store.ExchangeRows.Row;
import org.cohortdesk.store.ExchangeState.Base;
import org.cohortdesk.service.exchange.PackageFile.TableRows;

/**
 * The payload of a package as text, one record a line, fields separated by tabs:
 * {@code T<tab>table<tab>column...} starts a table, {@code R<tab>value...} is one of its rows,
 * {@code B<tab>peer<tab>table<tab>row<tab>hash<tab>packageAt} is a base the producer holds,
 * {@code D<tab>table<tab>row<tab>deletedAt} a row deleted there (format 2). In a
 * value, a backslash, tab, line feed and carriage return are written {@code \\ \t \n \r}; a null is
 * {@code \N}. Also the hash of a row's content, which the three-way merge compares.
 */
final class PayloadText {
    static final String FIRST_LINE = "cohortdesk-payload 1";
    /** Columns that say when and how often a row changed, not what it holds: left out of its hash. */
    static final Set<String> BOOKKEEPING = Set.of("created_at", "updated_at", "version");

    record Parsed(List<TableRows> tables, List<Base> bases, List<Tombstone> deletions) {}

    private PayloadText() {}

    static String write(List<TableRows> tables, List<Base> bases, List<Tombstone> deletions) {
        StringBuilder out = new StringBuilder(FIRST_LINE).append('\n');
        for (TableRows t : tables) {
            out.append('T').append('\t').append(t.table());
            t.columns().forEach(c -> out.append('\t').append(c));
            out.append('\n');
            for (Row row : t.rows()) {
                out.append('R');
                t.columns().forEach(c -> out.append('\t').append(escape(row.get(c))));
                out.append('\n');
            }
        }
        for (Base b : bases) {
            out.append("B\t").append(b.peerId()).append('\t').append(b.table()).append('\t').append(b.rowId()).append('\t')
                    .append(b.hash()).append('\t').append(b.packageAt()).append('\n');
        }
        for (Tombstone d : deletions) {
            out.append("D\t").append(d.table()).append('\t').append(d.rowId()).append('\t').append(d.deletedAt()).append('\n');
        }
        return out.toString();
    }

    static Parsed read(Path file, String text) {
        List<TableRows> tables = new ArrayList<>();
        List<Base> bases = new ArrayList<>();
        List<Tombstone> deletions = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(FIRST_LINE)) {
            throw ProblemException.of("exchange.package.not_package", file);
        }
        TableRows current = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "T" -> {
                        if (!ExchangeRows.TABLES.contains(f[1])) {
                            throw ProblemException.of("exchange.package.unknown_table", file, f[1]);
                        }
                        current = new TableRows(f[1], List.of(f).subList(2, f.length), new ArrayList<>());
                        if (!current.columns().contains("id")) {
                            throw new IllegalArgumentException("table without id");
                        }
                        tables.add(current);
                    }
                    case "R" -> {
                        if (current == null || f.length != current.columns().size() + 1) {
                            throw new IllegalArgumentException("row outside a table or of the wrong width");
                        }
                        Row row = new Row();
                        for (int c = 0; c < current.columns().size(); c++) {
                            row.put(current.columns().get(c), unescape(f[c + 1]));
                        }
                        row.id();
                        current.rows().add(row);
                    }
                    case "B" -> bases.add(new Base(UUID.fromString(f[1]), f[2], UUID.fromString(f[3]), f[4], Instant.parse(f[5])));
                    case "D" -> {
                        if (!ExchangeRows.TABLES.contains(f[1])) {
                            throw ProblemException.of("exchange.package.unknown_table", file, f[1]);
                        }
                        deletions.add(new Tombstone(f[1], UUID.fromString(f[2]), Instant.parse(f[3])));
                    }
                    default -> throw new IllegalArgumentException("unknown line " + f[0]);
                }
            } catch (RuntimeException e) {
                if (e instanceof ProblemException) {
                    throw e;
                }
                throw new ProblemException(org.cohortdesk.model.Problem.error("exchange.package.bad_line", file, i + 1), e);
            }
        }
        return new Parsed(tables, bases, deletions);
    }

    /**
     * The SHA-256 of a row's content: the given columns but the id and the bookkeeping ones, by
     * name, each with its value. The id is left out so that a row matched by its natural key (the
     * same room typed at both institutions) compares by what it holds.
     */
    static String hash(Map<String, String> row, List<String> columns) {
        return sha256(content(row, columns).getBytes(StandardCharsets.UTF_8));
    }

    /** A row's content columns and values as one text (also how a conflict keeps their version). */
    static String content(Map<String, String> row, List<String> columns) {
        Map<String, String> sorted = new TreeMap<>();
        columns.stream().filter(c -> !BOOKKEEPING.contains(c) && !c.equals("id")).forEach(c -> sorted.put(c, row.get(c)));
        StringBuilder out = new StringBuilder();
        sorted.forEach((c, v) -> out.append(c).append('\t').append(escape(v)).append('\n'));
        return out.toString();
    }

    /** The row {@link #content} wrote. */
    static Row parseContent(String text) {
        Row row = new Row();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                row.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        }
        return row;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.equals("\\N")) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            if (++i >= text.length()) {
                throw new IllegalArgumentException("backslash at the end of a value");
            }
            switch (text.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("unknown escape");
            }
        }
        return out.toString();
    }
}
