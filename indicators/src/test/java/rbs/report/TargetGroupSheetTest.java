package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Unit;

class TargetGroupSheetTest {

  @TempDir Path dir;

  XSSFWorkbook write(Results results, Unit unit) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, WorkbookWriterTest.INTERNAL, file);
    return WorkbookWriterTest.open(file);
  }

  static List<Integer> seriesPerChart(XSSFSheet sheet) {
    List<Integer> counts = new ArrayList<>();
    for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
      int n = 0;
      for (XDDFChartData data : chart.getChartSeries()) {
        n += data.getSeriesCount();
      }
      counts.add(n);
    }
    return counts;
  }

  @Test
  void namesSheetsOverviewTargetGroupsDefinitionsQuality() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.SODERMALM)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Översikt",
              "Kvinnor som utsatts för våld",
              "Barn som upplevt våld",
              "Definitioner",
              "Datakvalitet");
    }
  }

  @Test
  void districtTertialWorkbookHasOneMonthChartPerIndicatorWithThreeSeries() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.ALVSJO)) {
      assertThat(seriesPerChart(wb.getSheetAt(1))).containsExactly(3, 3);
      assertThat(seriesPerChart(wb.getSheetAt(2))).containsExactly(3);
      XSSFChart chart = wb.getSheetAt(1).getDrawingPatriarch().getCharts().get(0);
      assertThat(chart.getTitle().getBody().getParagraph(0).getText())
          .isEqualTo("Antal kvinnor i målgruppen som är kända av socialtjänsten per månad");
    }
  }

  @Test
  void cityWorkbookAddsDistrictBarsAndAnnualAddsYears() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.CITY)) {
      assertThat(seriesPerChart(wb.getSheetAt(1))).containsExactly(3, 2, 3, 2);
    }
    try (XSSFWorkbook wb = write(ReportFixtures.annual(), ReportFixtures.CITY)) {
      assertThat(seriesPerChart(wb.getSheetAt(1))).containsExactly(3, 2, 3, 3, 2, 3);
      assertThat(seriesPerChart(wb.getSheetAt(2))).containsExactly(3, 2, 3);
    }
  }

  @Test
  void tableValuesEqualTheOutcomesAndAreNumeric() throws IOException {
    Results results = ReportFixtures.tertial();
    try (XSSFWorkbook wb = write(results, ReportFixtures.SODERMALM)) {
      XSSFSheet sheet = wb.getSheetAt(1);
      Row header = WorkbookWriterTest.rowStartingWith(sheet, "Period").orElseThrow();
      int first = header.getRowNum() + 1;
      List<Period> periods = new ReportView(results, ReportFixtures.SODERMALM).tablePeriods();
      assertThat(periods).hasSize(11);
      for (int i = 0; i < periods.size(); i++) {
        Row row = sheet.getRow(first + i);
        Outcome now =
            ReportFixtures.outcome(
                ReportFixtures.PERSONS, ReportFixtures.SODERMALM, periods.get(i));
        Outcome before =
            ReportFixtures.outcome(
                ReportFixtures.PERSONS, ReportFixtures.SODERMALM, periods.get(i).previousYear());
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(1).getNumericCellValue())
            .isEqualTo(now.value().orElseThrow().doubleValue());
        assertThat(row.getCell(2).getNumericCellValue())
            .isEqualTo(before.value().orElseThrow().doubleValue());
        assertThat(row.getCell(3).getNumericCellValue())
            .isEqualTo(now.target().orElseThrow().doubleValue());
      }
      assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("jan");
      assertThat(sheet.getRow(first + 8).getCell(0).getStringCellValue()).isEqualTo("Tertial 1");
      assertThat(sheet.getRow(first + 10).getCell(0).getStringCellValue())
          .isEqualTo("Jan–aug hittills i år");
    }
  }

  @Test
  void showsMissingAndWithheldAsSymbolsAndLeavesChartGapsBlank() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.ALVSJO)) {
      XSSFSheet sheet = wb.getSheetAt(1);
      // the share's block is the second: find its "maj" and "mar" rows
      List<Row> may = rowsStartingWith(sheet, "maj");
      List<Row> march = rowsStartingWith(sheet, "mar");
      Row shareMay = may.get(1);
      assertThat(shareMay.getCell(1).getStringCellValue()).isEqualTo("..");
      assertThat(shareMay.getCell(1).getCellStyle().getAlignment().name()).isEqualTo("CENTER");
      assertThat(march.get(0).getCell(1).getStringCellValue()).isEqualTo("-");
      // chart data at column J: the same month is a blank cell, not a zero
      Row data = sheet.getRow(shareMay.getRowNum());
      Optional<Cell> chartCell = Optional.ofNullable(data.getCell(TargetGroupSheet.DATA_COL + 1));
      assertThat(chartCell.map(Cell::getCellType).orElse(CellType.BLANK)).isEqualTo(CellType.BLANK);
      XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(1);
      var cache =
          chart
              .getCTChart()
              .getPlotArea()
              .getLineChartArray(0)
              .getSerArray(0)
              .getVal()
              .getNumRef()
              .getNumCache();
      assertThat(cache.getPtCount().getVal()).isEqualTo(8);
      // March (no data) and May (withheld) have no cached point: gaps, not zeros
      List<Long> indexes = new ArrayList<>();
      for (var point : cache.getPtArray()) {
        indexes.add(point.getIdx());
      }
      assertThat(indexes).containsExactly(0L, 1L, 3L, 5L, 6L, 7L);
      assertThat(cache.getPtArray(0).getV()).isEqualTo("50.0");
    }
  }

  private static List<Row> rowsStartingWith(XSSFSheet sheet, String text) {
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(text)) {
        rows.add(row);
      }
    }
    return rows;
  }
}
