package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import rbs.disclosure.Disclosure;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Slice;
import rbs.model.SliceOutcome;
import rbs.model.Unit;

class BreakdownTableTest {

  static final Period YTD = Period.yearToDate(2014, 8);

  @TempDir Path dir;

  XSSFWorkbook write(Results results, Unit unit) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, WorkbookWriterTest.INTERNAL, file);
    return WorkbookWriterTest.open(file);
  }

  /** The outcome the results hold for one category, unit and period. */
  static Outcome slice(Results results, Indicator indicator, Unit unit, Period period, Slice s) {
    return results.breakdowns().stream()
        .filter(b -> b.slice().key().equals(s.key()))
        .map(SliceOutcome::outcome)
        .filter(o -> o.indicatorId().equals(indicator.id()))
        .filter(o -> o.unit().equals(unit) && o.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  static Outcome whole(Results results, Indicator indicator, Unit unit, Period period) {
    return results.outcomes().stream()
        .filter(o -> o.indicatorId().equals(indicator.id()))
        .filter(o -> o.unit().equals(unit) && o.period().equals(period))
        .findFirst()
        .orElseThrow();
  }

  static double number(Row row, int col) {
    assertThat(row.getCell(col).getCellType()).isEqualTo(CellType.NUMERIC);
    return row.getCell(col).getNumericCellValue();
  }

  @Test
  void tableShowsEachCategoryThisYearAndLastWithItsShareAndTheWholeAsTotal() throws IOException {
    Results results = BreakdownFixtures.of(ReportFixtures.tertial());
    Unit unit = ReportFixtures.SODERMALM;
    Indicator persons = ReportFixtures.PERSONS;
    try (XSSFWorkbook wb = write(results, unit)) {
      XSSFSheet sheet = wb.getSheetAt(2);
      Row head = WorkbookWriterTest.rowStartingWith(sheet, "Åldersgrupp").orElseThrow();
      assertThat(sheet.getRow(head.getRowNum() - 1).getCell(0).getStringCellValue())
          .isEqualTo(
              "Antal kvinnor i målgruppen som är kända av socialtjänsten, uppdelat på åldersgrupp");
      assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Jan–aug 2014");
      assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Jan–aug 2013");
      assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Andel av totalt 2014");
      double total = whole(results, persons, unit, YTD).value().orElseThrow().doubleValue();
      double sum = 0;
      List<Slice> slices = BreakdownFixtures.AGE.slices();
      for (int i = 0; i < slices.size(); i++) {
        Row row = sheet.getRow(head.getRowNum() + 1 + i);
        Slice s = slices.get(i);
        double now = slice(results, persons, unit, YTD, s).value().orElseThrow().doubleValue();
        double before =
            slice(results, persons, unit, YTD.previousYear(), s)
                .value()
                .orElseThrow()
                .doubleValue();
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(s.label());
        assertThat(number(row, 1)).isEqualTo(now);
        assertThat(number(row, 2)).isEqualTo(before);
        assertThat(number(row, 3)).isCloseTo(now * 100 / total, within(1e-9));
        sum += now;
      }
      Row totals = sheet.getRow(head.getRowNum() + 1 + slices.size());
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Totalt");
      assertThat(number(totals, 1)).isEqualTo(total);
      assertThat(number(totals, 2))
          .isEqualTo(
              whole(results, persons, unit, YTD.previousYear())
                  .value()
                  .orElseThrow()
                  .doubleValue());
      // a person in two bands counts in both: the note under the table says so
      assertThat(sum).isGreaterThan(total);
      assertThat(sheet.getRow(totals.getRowNum() + 1).getCell(0).getStringCellValue())
          .isEqualTo(
              "En person vars åldersgrupp ändrades under perioden räknas i båda grupperna, så"
                  + " grupperna kan tillsammans bli fler än totalt.");
    }
  }

  @Test
  void aBreakdownWhosePersonsCannotChangeCategoryHasNoNote() throws IOException {
    Results results = BreakdownFixtures.of(ReportFixtures.tertial());
    try (XSSFWorkbook wb = write(results, ReportFixtures.SODERMALM)) {
      XSSFSheet sheet = wb.getSheetAt(3);
      Row head = WorkbookWriterTest.rowStartingWith(sheet, "Kön").orElseThrow();
      List<String> labels = new ArrayList<>();
      for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Optional.ofNullable(sheet.getRow(r))
            .map(row -> row.getCell(0))
            .filter(c -> c.getCellType() == CellType.STRING)
            .ifPresent(c -> labels.add(c.getStringCellValue()));
      }
      assertThat(labels).containsExactly("Flickor", "Pojkar", "Uppgift saknas", "Totalt");
    }
  }

  @Test
  void aWithheldCategoryShowsTwoDotsAndIsAGapInItsChart() throws IOException {
    Results published = Disclosure.suppress(BreakdownFixtures.of(ReportFixtures.tertial()));
    // a publication shows the city's categories only (see PublicationLevels.publishesBreakdown)
    Unit unit = ReportFixtures.CITY;
    Slice old = BreakdownFixtures.AGE.slices().get(3);
    // disclosure control withheld the three persons over 65
    assertThat(slice(published, ReportFixtures.PERSONS, unit, YTD, old).flag())
        .isEqualTo(Flag.WITHHELD);
    try (XSSFWorkbook wb = write(published, unit)) {
      XSSFSheet sheet = wb.getSheetAt(2);
      Row head = WorkbookWriterTest.rowStartingWith(sheet, "Åldersgrupp").orElseThrow();
      Row row = sheet.getRow(head.getRowNum() + 4);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("65+");
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("..");
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("..");
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("..");

      CTBarSer ser = breakdownSeries(sheet, "Åldersgrupp");
      var categories = ser.getCat().getStrRef().getStrCache();
      assertThat(categories.getPtArray(3).getV()).isEqualTo("65+ (..)");
      List<Long> points = new ArrayList<>();
      for (var point : ser.getVal().getNumRef().getNumCache().getPtArray()) {
        points.add(point.getIdx());
      }
      // a point exactly where the published results have a number
      List<Long> shown = new ArrayList<>();
      List<Slice> slices = BreakdownFixtures.AGE.slices();
      for (int i = 0; i < slices.size(); i++) {
        if (slice(published, ReportFixtures.PERSONS, unit, YTD, slices.get(i))
            .value()
            .isPresent()) {
          shown.add((long) i);
        }
      }
      assertThat(points).isEqualTo(shown).doesNotContain(3L).isNotEmpty();
      // and the hidden data sheet has a blank cell there, with the reason beside it
      String ref = ser.getVal().getNumRef().getF();
      var range = CellRangeAddress.valueOf(ref.substring(ref.indexOf('!') + 1));
      Row data = wb.getSheet("Diagramdata").getRow(range.getFirstRow() + 3);
      assertThat(Optional.ofNullable(data.getCell(1)).map(Cell::getCellType).orElse(CellType.BLANK))
          .isEqualTo(CellType.BLANK);
      assertThat(data.getCell(3).getStringCellValue()).isEqualTo("undertryckt av sekretesskäl");
    }
  }

  /** The first series of the bar chart whose category axis is titled {@code title}. */
  static CTBarSer breakdownSeries(XSSFSheet sheet, String title) {
    for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
      var plot = chart.getCTChart().getPlotArea();
      if (plot.sizeOfBarChartArray() > 0
          && plot.getCatAxArray(0)
              .getTitle()
              .getTx()
              .getRich()
              .getPArray(0)
              .getRArray(0)
              .getT()
              .equals(title)) {
        return plot.getBarChartArray(0).getSerArray(0);
      }
    }
    throw new AssertionError("no chart by " + title);
  }

  @Test
  void eachBreakdownHasABarChartOfThisYearAgainstLastAfterTheIndicatorsCharts() throws IOException {
    Results results = BreakdownFixtures.of(ReportFixtures.tertial());
    try (XSSFWorkbook wb = write(results, ReportFixtures.ALVSJO)) {
      assertThat(TargetGroupSheetTest.seriesPerChart(wb.getSheetAt(2))).containsExactly(3, 2, 3);
      assertThat(TargetGroupSheetTest.seriesPerChart(wb.getSheetAt(3))).containsExactly(3, 2);
      SheetCharts.Framed framed =
          SheetCharts.of(wb.getSheetAt(3)).stream()
              .filter(f -> f.chart().getCTChart().getPlotArea().sizeOfBarChartArray() > 0)
              .findFirst()
              .orElseThrow();
      XSSFChart chart = framed.chart();
      assertThat(chart.getTitle().getBody().getParagraph(1).getText())
          .isEqualTo("Per kön, jan–aug 2014 jämfört med 2013, anmälningar");
      var bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
      assertThat(bars.getGrouping().getVal().toString()).isEqualTo("clustered");
      assertThat(bars.getSerArray(0).getTx().getStrRef().getStrCache().getPtArray(0).getV())
          .isEqualTo("Utfall 2014");
      assertThat(bars.getSerArray(1).getTx().getStrRef().getStrCache().getPtArray(0).getV())
          .isEqualTo("Utfall 2013");
      assertThat(framed.frame().getName()).isEqualTo("Diagram 2");
      assertThat(framed.frame().getDescr())
          .startsWith("Stapeldiagram: Antal inkomna anmälningar om barn i målgruppen. Per kön")
          .contains("Utfall 2014: Flickor ");
    }
    try (XSSFWorkbook wb = write(results, ReportFixtures.CITY)) {
      // months, districts, the age bands; the share's months and districts
      assertThat(TargetGroupSheetTest.seriesPerChart(wb.getSheetAt(2)))
          .containsExactly(3, 2, 2, 3, 2);
    }
  }

  @Test
  void eachTableWithItsChartPrintsOnOnePage() throws IOException {
    for (Results results :
        List.of(
            BreakdownFixtures.of(ReportFixtures.tertial()),
            BreakdownFixtures.of(ReportFixtures.annual()))) {
      for (Results mode : List.of(results, Disclosure.suppress(results))) {
        for (Unit unit : List.of(ReportFixtures.CITY, ReportFixtures.SODERMALM)) {
          try (XSSFWorkbook wb = write(mode, unit)) {
            assertThat(PrintedPages.problems(wb)).isEmpty();
            if (mode.publication().published() && !unit.isWhole()) {
              continue; // a publication holds no district's categories: no block to check
            }
            for (int s : new int[] {2, 3}) {
              XSSFSheet sheet = wb.getSheetAt(s);
              String label = s == 2 ? "Åldersgrupp" : "Kön";
              int first =
                  WorkbookWriterTest.rowStartingWith(sheet, label).orElseThrow().getRowNum();
              int last =
                  WorkbookWriterTest.rowStartingWith(sheet, "Totalt").orElseThrow().getRowNum();
              // heading, table (with its note) and the chart beside it on one page
              // the row after the block: after the note under the table, or after the chart
              int end = Math.max(last + 2, first + TargetGroupSheet.SHORT_CHART_ROWS);
              for (int b : sheet.getRowBreaks()) {
                assertThat(b < first - 1 || b >= end - 1)
                    .as(
                        "%s %s %s: break after row %d in %d..%d",
                        mode.period(), mode.publication().published(), unit, b, first, end)
                    .isTrue();
              }
            }
          }
        }
      }
    }
  }

  @Test
  void aUnitWhoseBreakdownTheResultsDoNotHoldHasNoTableOrChart() throws IOException {
    Results all = BreakdownFixtures.of(ReportFixtures.tertial());
    // as a publication that publishes the city's breakdowns only
    Results cityOnly =
        new Results(
            all.programme(),
            all.period(),
            all.asOf(),
            all.outcomes(),
            all.goals(),
            all.inputs(),
            all.missing(),
            all.rejects(),
            all.publication(),
            all.breakdowns().stream().filter(b -> b.outcome().unit().isWhole()).toList());
    try (XSSFWorkbook wb = write(cityOnly, ReportFixtures.SODERMALM)) {
      XSSFSheet sheet = wb.getSheetAt(2);
      assertThat(WorkbookWriterTest.rowStartingWith(sheet, "Åldersgrupp")).isEmpty();
      assertThat(TargetGroupSheetTest.seriesPerChart(sheet)).containsExactly(3, 3);
    }
    try (XSSFWorkbook wb = write(cityOnly, ReportFixtures.CITY)) {
      assertThat(WorkbookWriterTest.rowStartingWith(wb.getSheetAt(2), "Åldersgrupp")).isPresent();
    }
  }

  @Test
  void aMonthlyFollowUpShowsTheTablesWithoutCharts() throws IOException {
    Results results = BreakdownFixtures.of(ReportFixtures.monthly());
    Unit unit = ReportFixtures.SODERMALM;
    try (XSSFWorkbook wb = write(results, unit)) {
      XSSFSheet sheet = wb.getSheet("Kvinnor som utsatts för våld");
      Row head = WorkbookWriterTest.rowStartingWith(sheet, "Åldersgrupp").orElseThrow();
      assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Jan–maj 2014");
      Period may = Period.yearToDate(2014, 5);
      Slice adults = BreakdownFixtures.AGE.slices().get(2);
      assertThat(number(sheet.getRow(head.getRowNum() + 3), 1))
          .isEqualTo(
              slice(results, ReportFixtures.PERSONS, unit, may, adults)
                  .value()
                  .orElseThrow()
                  .doubleValue());
      assertThat(sheet.getDrawingPatriarch()).isNull();
      assertThat(PrintedPages.problems(wb)).isEmpty();
    }
  }

  @Test
  void workbooksWithBreakdownsOpenWithoutRepair() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Results results :
        List.of(
            BreakdownFixtures.of(ReportFixtures.tertial()),
            BreakdownFixtures.of(ReportFixtures.monthly()))) {
      for (Results mode : List.of(results, Disclosure.suppress(results))) {
        for (Unit unit : List.of(ReportFixtures.CITY, ReportFixtures.ALVSJO)) {
          Path file =
              dir.resolve(mode.publication().published() + WorkbookWriter.fileName(mode, unit));
          WorkbookWriter.write(mode, unit, WorkbookWriterTest.INTERNAL, file);
          OoxmlValidation.validate(file).problems().forEach(p -> problems.add(file + " " + p));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void chartFilesHoldTheBreakdownsCharts() throws IOException {
    Results results = BreakdownFixtures.of(ReportFixtures.tertial());
    List<Path> files = ChartPngWriter.write(results, ReportFixtures.SODERMALM, dir.resolve("png"));
    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .contains(
            "kvinnofrid-2014-T2-sodermalm-kvinnor-kanda-breakdown-alder-internt.png",
            "kvinnofrid-2014-T2-sodermalm-barn-anmalningar-breakdown-kon-internt.txt");
    String alt =
        Files.readString(
            dir.resolve(
                "png/kvinnofrid-2014-T2-sodermalm-kvinnor-kanda-breakdown-alder-internt.txt"));
    assertThat(alt).contains("Per åldersgrupp, jan–aug 2014 jämfört med 2013, personer");
  }

  @Test
  void lowersALabelInASentenceButNotAnAcronym() {
    assertThat(BreakdownTable.lower("Åldersgrupp")).isEqualTo("åldersgrupp");
    assertThat(BreakdownTable.lower("HVB")).isEqualTo("HVB");
  }

  @Test
  void onlyDistinctPersonsByBandsCanFallIntoTwoCategories() {
    assertThat(BreakdownTable.overlaps(ReportFixtures.PERSONS, BreakdownFixtures.AGE)).isTrue();
    assertThat(BreakdownTable.overlaps(ReportFixtures.COUNT, BreakdownFixtures.AGE)).isFalse();
    assertThat(BreakdownTable.overlaps(ReportFixtures.PERSONS, BreakdownFixtures.SEX)).isFalse();
  }
}
