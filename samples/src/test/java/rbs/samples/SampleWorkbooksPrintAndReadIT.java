package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rbs.definition.ProgrammeReader;
import rbs.report.PrintedPages;
import rbs.report.SheetCharts;

/**
 * Every workbook the sample produces prints as rbs laid it out and can be read without seeing it:
 * every chart has its whole title, alternative text and the programme's language; no printed page
 * (worked out from the row breaks, row heights and the print scale, see {@link PrintedPages}) is
 * taller than a page, ends with a heading or cuts a chart. The annual city report prints each
 * indicator's tables and charts on one page, and each of its breakdowns' table and chart.
 */
class SampleWorkbooksPrintAndReadIT {

  @TempDir Path dir;

  static Stream<WorkbooksAreValidOoxmlIT.Case> cases() {
    return WorkbooksAreValidOoxmlIT.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyChartReadsAndEveryPagePrints(WorkbooksAreValidOoxmlIT.Case c) throws IOException {
    Path sample = WorkbooksAreValidOoxmlIT.copyOfTheSample(dir.resolve("sample"));
    List<Path> workbooks = c.writer().write(sample, dir.resolve("out"));
    Set<String> names = new TreeSet<>();
    ProgrammeReader.read(sample.resolve("programme.yaml"))
        .indicators()
        .forEach(i -> names.add(i.name()));
    String tag = c.name().startsWith("English") ? "en-GB" : "sv-SE";
    int charts = 0;
    List<String> problems = new ArrayList<>();
    for (Path file : workbooks) {
      try (InputStream in = Files.newInputStream(file);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
          XSSFSheet sheet = wb.getSheetAt(s);
          if (sheet.getDrawingPatriarch() == null) {
            continue;
          }
          List<SheetCharts.Framed> sheetCharts = SheetCharts.of(sheet);
          assertThat(sheetCharts).hasSameSizeAs(sheet.getDrawingPatriarch().getCharts());
          for (int i = 0; i < sheetCharts.size(); i++) {
            XSSFChart chart = sheetCharts.get(i).chart();
            String where = file.getFileName() + " " + sheet.getSheetName() + " chart " + (i + 1);
            String title = chart.getTitle().getBody().getParagraph(0).getText();
            assertThat(title).as(where).doesNotContain("…").isIn(names);
            var frame = sheetCharts.get(i).frame();
            assertThat(frame.getDescr())
                .as(where)
                .contains(": " + title + ". ")
                .hasSizeGreaterThan(title.length() + 40);
            assertThat(chart.getCTChartSpace().xmlText())
                .as(where)
                .contains("<c:lang val=\"" + tag + "\"/>");
            charts++;
          }
        }
        PrintedPages.problems(wb).forEach(p -> problems.add(file.getFileName() + ": " + p));
      }
    }
    assertThat(charts).isPositive();
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("annualCity")
  void annualCityReportPrintsEachIndicatorOnOnePage(WorkbooksAreValidOoxmlIT.Case c)
      throws IOException {
    Path sample = WorkbooksAreValidOoxmlIT.copyOfTheSample(dir.resolve("sample"));
    Path city =
        c.writer().write(sample, dir.resolve("out")).stream()
            .filter(p -> p.getFileName().toString().equals("kvinnofrid-2014-stockholm.xlsx"))
            .findFirst()
            .orElseThrow();
    Set<String> names = new TreeSet<>();
    ProgrammeReader.read(sample.resolve("programme.yaml"))
        .indicators()
        .forEach(i -> names.add(i.name()));
    try (InputStream in = Files.newInputStream(city);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      // 35 pages before the tables were printed once and kept with their charts, 25 after; the
      // sample's two breakdowns add a page each (an annual city block leaves no room under it)
      assertThat(PrintedPages.count(wb)).isLessThanOrEqualTo(27);
      int blocks = 0;
      for (int s = 1; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        if (sheet.getDrawingPatriarch() == null || wb.isSheetHidden(s)) {
          continue;
        }
        for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
          XSSFClientAnchor anchor = (XSSFClientAnchor) shape.getAnchor();
          int top = anchor.getRow1();
          // the indicator's name above its tables: no break from there to the chart's bottom
          int name = top;
          while (name >= 0 && !isName(sheet.getRow(name), names)) {
            name--;
          }
          assertThat(name).isNotNegative();
          for (int b : sheet.getRowBreaks()) {
            assertThat(b >= name && b < anchor.getRow2() - 1)
                .as(sheet.getSheetName() + " " + sheet.getRow(name).getCell(0))
                .isFalse();
          }
          blocks++;
        }
      }
      // three per indicator, one per breakdown (two indicators have one each)
      assertThat(blocks).as("charts checked").isEqualTo(15 * 3 + 2);
    }
  }

  static Stream<WorkbooksAreValidOoxmlIT.Case> annualCity() {
    return WorkbooksAreValidOoxmlIT.cases()
        .filter(
            c ->
                c.name().equals("2014 annual internal")
                    || c.name().equals("2014 annual published"));
  }

  private static boolean isName(Row row, Set<String> names) {
    if (row == null) {
      return false;
    }
    Cell cell = row.getCell(0);
    if (cell == null || cell.getCellType() != CellType.STRING) {
      return false;
    }
    // an indicator's own block, or one of its breakdowns' (the name, then ", uppdelat ...")
    String text = cell.getStringCellValue();
    return names.contains(text) || names.stream().anyMatch(n -> text.startsWith(n + ", "));
  }
}
