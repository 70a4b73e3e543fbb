package org.cohortdesk.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.service.report.ReportFixture;
import org.cohortdesk.ui.StageTest;
import org.cohortdesk.ui.WindowHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports page in a real stage on a real data folder: the figures in tiles and charts, the year switched, the annual report saved. */
class DashboardViewTest extends StageTest {
    @TempDir
    Path dir;

    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final List<String> offeredNames = new ArrayList<>();

    void show(Language language, int year, Path saveAs) throws Exception {
        openWorkspace(dir);
        ReportFixture.insert(workspace.database().jdbi());
        Localization tr = new Localization(language);
        DashboardViewModel model = new DashboardViewModel(workspace.services().reports(), workspace.services().institution(), tr, tasks, failures::add, year);
        showInStage(language, () -> new DashboardView(model, (owner, title, filter, extension, name) -> {
            offeredNames.add(name + "." + extension);
            return Optional.of(saveAs);
        }, () -> stage), model::load);
    }

    @Test
    void showsTheYearsFiguresInTilesAndChartsThenEveryYear() throws Exception {
        show(Language.EN, 2025, dir.resolve("unused.xlsx"));
        WindowHarness.waitUntil(() -> "6".equals(text("#reportTrainees")));
        assertEquals("2", text("#reportCohorts"));
        assertEquals("5", text("#reportPeople"));
        assertEquals("3", text("#reportWomen"));
        assertEquals("2", text("#reportMen"));
        assertEquals("83.3 %", text("#reportCompletion"));

        XYChart<Number, String> fields = lookup("#chartFields").query();
        assertEquals(Map.of("State organisation", 2, "Archives and records", 1), values(fields, 0), "women by field");
        assertEquals(Map.of("State organisation", 1, "Archives and records", 1), values(fields, 1), "men by field");
        XYChart<Number, String> provinces = lookup("#chartProvinces").query();
        assertEquals(Map.of("Vientiane", 2, "Champasak", 1, "Phnom Penh", 0, "Savannakhet", 0), values(provinces, 0));
        PieChart countries = lookup("#chartCountries").query();
        assertEquals(Map.of("Laos", 3.0, "Cambodia", 3.0), countries.getData().stream()
                .collect(Collectors.toMap(PieChart.Data::getName, PieChart.Data::getPieValue)));
        PieChart sexes = lookup("#chartSexes").query();
        assertEquals(List.of(3.0, 2.0, 1.0), sexes.getData().stream().map(PieChart.Data::getPieValue).toList());
        XYChart<Number, String> plans = lookup("#chartPlans").query();
        assertEquals(Map.of(ReportFixture.MOHA, 60), values(plans, 0), "planned");
        assertEquals(Map.of(ReportFixture.MOHA, 4), values(plans, 1), "actual");
        assertTrue(fields.getData().get(0).getData().get(0).getNode().getProperties().values().stream()
                .anyMatch(v -> v instanceof javafx.scene.control.Tooltip), "a bar tells its figure in a tooltip");

        ComboBox<YearChoice> year = lookup("#" + DashboardView.YEAR_ID).queryComboBox();
        assertEquals(List.of(YearChoice.ALL, new YearChoice(2026), new YearChoice(2025)), year.getItems());
        interact(() -> year.setValue(YearChoice.ALL));
        WindowHarness.waitUntil(() -> "10".equals(text("#reportTrainees")));
        assertEquals("7", text("#reportPeople"));
        XYChart<String, Number> trainees = lookup("#chartTrainees").query();
        assertEquals(Map.of("2025", 3, "2026", 2), columnValues(trainees, 0), "women per year");
        assertEquals(Map.of("2025", 2, "2026", 2), columnValues(trainees, 1), "men per year");
        XYChart<String, Number> cohorts = lookup("#chartCohorts").query();
        assertEquals(Map.of("2025", 2, "2026", 2), columnValues(cohorts, 0));

        assertEquals(List.of(), failures);
        assertEquals(List.of(), sqlOnFxThread, "no query on the FX thread");
    }

    @Test
    void savesTheAnnualReportOfTheYearChosenInLao() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        show(Language.LO, 2025, pdf);
        WindowHarness.waitUntil(() -> "6".equals(text("#reportTrainees")));
        XYChart<Number, String> fields = lookup("#chartFields").query();
        assertEquals(2, values(fields, 0).get("ການຈັດຕັ້ງລັດ"), "fields named in Lao");
        clickOn("#" + DashboardView.REPORT_ID);
        clickOn("#annualReportPdf");
        WindowHarness.waitUntil(() -> Files.exists(pdf) && text("#" + DashboardView.STATUS_ID).contains("report.pdf"));
        assertEquals(List.of("ລາຍງານປະຈຳປີ 2025: ຜູ້ເຂົ້າຮຽນຕ່າງປະເທດ.pdf"), offeredNames);
        String written = PdfReadBack.of(pdf).text();
        assertTrue(written.contains("ລາຍງານປະຈຳປີ 2025"), written);
        assertTrue(written.contains("Vientiane 2 3 2 1"), written);
        assertFalse(lookup(".lao").queryAll().isEmpty(), "Lao labels in the Lao font");
        assertEquals(List.of(), failures);
        assertEquals(List.of(), sqlOnFxThread, "no query on the FX thread");
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static Map<String, Integer> values(XYChart<Number, String> chart, int series) {
        return chart.getData().get(series).getData().stream().collect(Collectors.toMap(XYChart.Data::getYValue, d -> d.getXValue().intValue()));
    }

    private static Map<String, Integer> columnValues(XYChart<String, Number> chart, int series) {
        return chart.getData().get(series).getData().stream().collect(Collectors.toMap(XYChart.Data::getXValue, d -> d.getYValue().intValue()));
    }
}
