package org.cohortdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.nominees.NomineeImport;
import org.cohortdesk.store.DataFolder;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Importing a 1,000-row nominee sheet with validation (budget: under 1 s after the JVM is up).
 * Writes an XLSX of 1,000 new people (title row, header, date cells; birth dates spread as in a
 * real list, not shared with the people of earlier rounds), then per round reads it,
 * checks every row against everyone on file and the cohort, and saves all of them in one
 * transaction into the cohort {@code CODE}; prints the median and the slowest round after warm-up
 * rounds. It adds people: run it on a copy of a data folder.
 *
 * <p>Arguments: {@code DATA_DIR CODE [rounds]}. See docs/performance.md.
 */
public final class NomineeImportBench {
    private NomineeImportBench() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Long> read = new ArrayList<>();
        List<Long> whole = new ArrayList<>();
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(args[0])), null, Clock.systemDefaultZone())) {
            NomineeImport imports = new NomineeImport(workspace.services().pastes());
            for (int round = 0; round < rounds + 2; round++) {
                Path file = sheet(round);
                long start = System.nanoTime();
                NomineeImport.Preview preview = imports.preview(file, args[1], null);
                long checked = System.nanoTime();
                int saved = imports.save(preview, false);
                long end = System.nanoTime();
                Files.delete(file);
                if (saved != 1_000) {
                    throw new IllegalStateException("saved " + saved + ": " + preview.rows().rows().get(0).problems());
                }
                if (round >= 2) {
                    read.add((checked - start) / 1_000_000);
                    whole.add((end - start) / 1_000_000);
                }
            }
        }
        Collections.sort(read);
        Collections.sort(whole);
        System.out.printf("rows: 1000, rounds: %d%nread-and-check-ms median: %d%nread-check-save-ms median: %d, slowest: %d%n", rounds,
                read.get(read.size() / 2), whole.get(whole.size() / 2), whole.get(whole.size() - 1));
    }

    private static Path sheet(int round) throws IOException {
        Path file = Files.createTempFile("nominees", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sách");
            ws.value(0, 0, "DANH SÁCH HỌC VIÊN");
            String[] titles = {"STT", "Họ tên", "Họ tên chữ Lào", "Giới tính", "Ngày sinh", "Chức vụ", "Cơ quan", "Số hộ chiếu", "Ngày hết hạn"};
            for (int c = 0; c < titles.length; c++) {
                ws.value(1, c, titles[c]);
            }
            for (int i = 0; i < 1_000; i++) {
                int r = i + 2;
                ws.value(r, 0, i + 1);
                ws.value(r, 1, "Bench Person " + round + "-" + i);
                ws.value(r, 2, "ບຸນມີ ພົມມະຈັນ " + i);
                ws.value(r, 3, i % 2 == 0 ? "Nam" : "Nữ");
                ws.value(r, 4, LocalDate.of(1965, 1, 1).plusDays(round * 1_000L + i * 7L));
                ws.style(r, 4).format("dd/mm/yyyy").set();
                ws.value(r, 5, "Chuyên viên");
                ws.value(r, 6, "Bộ Nội vụ Lào");
                ws.value(r, 7, "B" + round + String.format("%06d", i));
                ws.value(r, 8, LocalDate.of(2033, 1, 1));
                ws.style(r, 8).format("dd/mm/yyyy").set();
            }
            wb.finish();
        }
        return file;
    }
}
