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
              "Datakvalitet",
              "Diagramdata");
    }
  }

  @Test
  void districtTertialWorkbookHasOneMonthChartPerIndicatorWithThreeSeries() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.ALVSJO)) {
      assertThat(seriesPerChart(wb.getSheetAt(1))).containsExactly(3, 3);
      assertThat(seriesPerChart(wb.getSheetAt(2))).containsExactly(3);
      XSSFChart chart = wb.getSheetAt(1).getDrawingPatriarch().getCharts().get(0);
      // the whole name, then per what, the period and the unit: never shortened
      assertThat(chart.getTitle().getBody().getParagraph(0).getText())
          .isEqualTo("Antal kvinnor i målgruppen som är kända av socialtjänsten");
      assertThat(chart.getTitle().getBody().getParagraph(1).getText())
          .isEqualTo("Per månad jan–aug 2014 jämfört med 2013, personer");
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
      // months are date cells showing the month's Swedish name
      Cell january = sheet.getRow(first).getCell(0);
      assertThat(january.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(january.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(java.time.LocalDate.of(2014, 1, 1));
      assertThat(january.getCellStyle().getDataFormatString()).isEqualTo("[$-41D]mmm");
      assertThat(sheet.getRow(first + 8).getCell(0).getStringCellValue()).isEqualTo("Tertial 1");
      assertThat(sheet.getRow(first + 10).getCell(0).getStringCellValue())
          .isEqualTo("Jan–aug hittills i år");
    }
  }

  @Test
  void showsMissingAndWithheldAsSymbolsAndLeavesChartGapsBlank() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.ALVSJO)) {
      XSSFSheet sheet = wb.getSheetAt(1);
      // the share's block is the second: its May and March rows
      List<Row> may = monthRows(sheet, 5);
      List<Row> march = monthRows(sheet, 3);
      Row shareMay = may.get(1);
      assertThat(shareMay.getCell(1).getStringCellValue()).isEqualTo("..");
      assertThat(shareMay.getCell(1).getCellStyle().getAlignment().name()).isEqualTo("CENTER");
      assertThat(march.get(0).getCell(1).getStringCellValue()).isEqualTo("-");
      // the chart reads the hidden data sheet: there the same month is a blank cell, not a zero,
      // and the note says why
      XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(1);
      var ser = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0);
      String ref = ser.getVal().getNumRef().getF();
      assertThat(ref).startsWith("Diagramdata!");
      XSSFSheet data = wb.getSheet("Diagramdata");
      assertThat(wb.isSheetHidden(wb.getSheetIndex(data))).isTrue();
      var range =
          org.apache.poi.ss.util.CellRangeAddress.valueOf(ref.substring(ref.indexOf('!') + 1));
      Row mayData = data.getRow(range.getFirstRow() + 4);
      assertThat(mayData.getCell(0).getStringCellValue()).isEqualTo("maj (..)");
      assertThat(
              Optional.ofNullable(mayData.getCell(1)).map(Cell::getCellType).orElse(CellType.BLANK))
          .isEqualTo(CellType.BLANK);
      assertThat(mayData.getCell(4).getStringCellValue()).isEqualTo("undertryckt av sekretesskäl");
      var cache = ser.getVal().getNumRef().getNumCache();
      assertThat(cache.getPtCount().getVal()).isEqualTo(8);
      // March (no data) and May (withheld) have no cached point: gaps, not zeros
      List<Long> indexes = new ArrayList<>();
      for (var point : cache.getPtArray()) {
        indexes.add(point.getIdx());
      }
      assertThat(indexes).containsExactly(0L, 1L, 3L, 5L, 6L, 7L);
      assertThat(cache.getPtArray(0).getV()).isEqualTo("50.0");
      // and the categories say which gap is which
      var categories = ser.getCat().getStrRef().getStrCache();
      assertThat(categories.getPtArray(2).getV()).isEqualTo("mar (-)");
      assertThat(categories.getPtArray(4).getV()).isEqualTo("maj (..)");
    }
  }

  /** The rows whose first cell is the given month of 2014, as a date cell. */
  static List<Row> monthRows(XSSFSheet sheet, int month) {
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.NUMERIC
          && cell.getLocalDateTimeCellValue()
              .toLocalDate()
              .equals(java.time.LocalDate.of(2014, month, 1))) {
        rows.add(row);
      }
    }
    return rows;
  }
}
