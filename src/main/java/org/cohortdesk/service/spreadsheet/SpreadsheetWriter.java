package org.cohortdesk.service.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a table in one format: header row frozen, columns fitted, dates as dates, text as text, formulas neutralised. */
interface SpreadsheetWriter {
    void write(Table table, OutputStream out) throws IOException;
}
