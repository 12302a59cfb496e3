package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import rbs.disclosure.Disclosure;
import rbs.model.Results;
import rbs.model.Unit;

/** Workbooks a screen reader can read and that print as laid out, opened again with POI. */
class AccessibleWorkbookTest {

  @TempDir Path dir;

  XSSFWorkbook write(Results results, Unit unit) throws IOException {
    Path file =
        dir.resolve(results.publication().published() + WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, WorkbookWriterTest.INTERNAL, file);
    return WorkbookWriterTest.open(file);
  }

  static List<SheetCharts.Framed> charts(XSSFWorkbook wb) {
    List<SheetCharts.Framed> charts = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      charts.addAll(SheetCharts.of(wb.getSheetAt(i)));
    }
    return charts;
  }

  @Test
  void everyChartHasAWholeTitleAlternativeTextAndTheProgrammesLanguage() throws IOException {
    for (Results results : List.of(ReportFixtures.tertial(), ReportFixtures.annual())) {
      for (Results language : List.of(results, ReportFixtures.inEnglish(results))) {
        String tag = language.programme().language().equals("sv") ? "sv-SE" : "en-GB";
        try (XSSFWorkbook wb = write(language, ReportFixtures.CITY)) {
          List<SheetCharts.Framed> charts = charts(wb);
          assertThat(charts).isNotEmpty();
          for (SheetCharts.Framed framed : charts) {
            XSSFChart chart = framed.chart();
            String title = chart.getTitle().getBody().getParagraph(0).getText();
            assertThat(title).doesNotContain("…").isIn(indicatorNames());
            CTNonVisualDrawingProps frame = framed.frame();
            // what kind of chart, of what, then its figures in words
            assertThat(frame.getDescr())
                .matches("(Linjediagram|Stapeldiagram|Line chart|Bar chart): .*")
                .contains(": " + title + ". ");
            assertThat(frame.getTitle()).startsWith(title);
            assertThat(chart.getCTChartSpace().xmlText()).contains("<c:lang val=\"" + tag + "\"/>");
            assertThat(
                    chart.getCTChartSpace().getTxPr().getPArray(0).getPPr().getDefRPr().getLang())
                .isEqualTo(tag);
            // every text the chart draws says the same language: its titles, the axes' titles
            java.util.regex.Matcher langs =
                java.util.regex.Pattern.compile(" lang=\"([^\"]*)\"")
                    .matcher(chart.getCTChartSpace().xmlText());
            int texts = 0;
            while (langs.find()) {
              assertThat(langs.group(1)).as("a lang in chart %s", title).isEqualTo(tag);
              texts++;
            }
            assertThat(texts).as("texts with a language in chart %s", title).isGreaterThan(6);
          }
          assertThat(
                  wb.getProperties()
                      .getCoreProperties()
                      .getUnderlyingProperties()
                      .getLanguageProperty())
              .hasValue(tag);
        }
      }
    }
  }

  @Test
  void alternativeTextSaysTheLatestValueTheTargetAndTheGaps() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.ALVSJO)) {
      // the share's month chart: Älvsjö's March has no data and its May share is withheld
      SheetCharts.Framed share = SheetCharts.of(wb.getSheetAt(2)).get(1);
      assertThat(share.chart().getTitle().getBody().getParagraph(0).getText())
          .isEqualTo(ReportFixtures.SHARE.name());
      String alt = share.frame().getDescr();
      assertThat(alt)
          .startsWith("Linjediagram: Andel kvinnor som känner sig trygga med insatserna.")
          .contains("Per månad jan–aug 2014 jämfört med 2013, procent.")
          .contains("Senaste värde, aug 2014: ")
          .contains("Mål: 80\u00a0%.")
          .contains("Undertryckt av sekretesskäl: maj.")
          .contains("Uppgift saknas: mar.");
    }
  }

  @Test
  void yearsOutsideTheTrendAreMarkedAndTheProjectionSaysSo() {
    ReportView view = new ReportView(ReportFixtures.annual(), ReportFixtures.CITY);
    ChartSpec years = ChartPlan.years(view, ReportFixtures.SHARE);
    // the share is comparable from 2013: 2011 and 2012 are shown, marked, outside the line
    assertThat(years.categories())
        .containsExactly(
            "2011 (ej jämförbart)", "2012 (ej jämförbart)", "2013", "2014", "2015 (prognos)");
    List<Double> outcome =
        years.series().get(0).values().stream().map(v -> v.orElse(-1.0)).toList();
    List<Double> line = years.series().get(2).values().stream().map(v -> v.orElse(-1.0)).toList();
    // the line starts at the first year it goes through: none over 2011 and 2012
    assertThat(line.subList(0, 2)).containsOnly(-1.0);
    assertThat(years.series().get(2).name()).isEqualTo("Trendlinje");
    // the line goes through the two comparable years exactly, and on to the projection
    assertThat(line.get(2)).isCloseTo(outcome.get(2), org.assertj.core.data.Offset.offset(0.01));
    assertThat(line.get(3)).isCloseTo(outcome.get(3), org.assertj.core.data.Offset.offset(0.01));
    assertThat(line.get(4) - line.get(3))
        .isCloseTo(line.get(3) - line.get(2), org.assertj.core.data.Offset.offset(0.02));
    assertThat(years.altText())
        .contains("Inte jämförbart, utanför trendlinjen: 2011, 2012.")
        .contains("Trendlinjen genom 2013, 2014 pekar mot");
    assertThat(years.subtitle())
        .isEqualTo("Per år 2011–2014 med trendlinje och prognos för 2015, procent");
  }

  @Test
  void anIncompleteYearIsOutsideTheTrend() {
    // Älvsjö's 2014 misses March: incomplete, so the line runs through 2011-2013 only
    ReportView view = new ReportView(ReportFixtures.annual(), ReportFixtures.ALVSJO);
    ChartSpec years = ChartPlan.years(view, ReportFixtures.PERSONS);
    assertThat(years.categories()).contains("2014 (ofullständigt)", "2015 (prognos)");
    assertThat(years.altText()).contains("Ofullständigt, utanför trendlinjen: 2014.");
  }

  @Test
  void shareChartsRunToAHundredPercent() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.CITY)) {
      XSSFChart share = wb.getSheetAt(2).getDrawingPatriarch().getCharts().get(2);
      var axis = share.getCTChart().getPlotArea().getValAxArray(0).getScaling();
      assertThat(axis.getMax().getVal()).isEqualTo(100.0);
      assertThat(axis.getMin().getVal()).isEqualTo(0.0);
    }
  }

  @Test
  void districtSharesShowTheCountsBehindThemAndIncompleteValuesAreMarked() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.CITY)) {
      XSSFSheet sheet = wb.getSheetAt(2);
      Row alvsjo = null;
      for (Row row : sheet) {
        Cell c = row.getCell(TargetGroupSheet.RIGHT_COL);
        if (c != null
            && c.getCellType() == CellType.STRING
            && c.getStringCellValue().equals("Älvsjö")) {
          alvsjo = row;
        }
      }
      // the last Älvsjö row is the share's block: value, "n av m", last year
      assertThat(alvsjo).isNotNull();
      assertThat(alvsjo.getCell(TargetGroupSheet.RIGHT_COL + 2).getStringCellValue())
          .matches("\\d+ av \\d+");
      // the persons count of Älvsjö's year to date misses March: a number marked " *"
      Row first = null;
      for (Row row : sheet) {
        Cell c = row.getCell(TargetGroupSheet.RIGHT_COL);
        if (first == null
            && c != null
            && c.getCellType() == CellType.STRING
            && c.getStringCellValue().equals("Älvsjö")) {
          first = row;
        }
      }
      Cell persons = first.getCell(TargetGroupSheet.RIGHT_COL + 1);
      assertThat(persons.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(persons.getCellStyle().getDataFormatString()).isEqualTo("#,##0\" *\"");
    }
  }

  @Test
  void headersAreMarkedForScreenReadersAndStylesAreNamed() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.CITY)) {
      List<String> names = new ArrayList<>();
      for (XSSFName name : wb.getAllNames()) {
        if (name.getNameName().startsWith("ColumnTitleRegion")) {
          names.add(
              wb.getSheetName(name.getSheetIndex())
                  + "!"
                  + name.getNameName()
                  + "="
                  + name.getRefersToFormula());
        }
      }
      assertThat(names)
          .contains("Översikt!ColumnTitleRegion1.A7.H14=Översikt!$A$7")
          .anyMatch(n -> n.startsWith("Kvinnor som utsatts för våld!ColumnTitleRegion1.A"));
      XSSFSheet overview = wb.getSheet("Översikt");
      Row header = overview.getRow(OverviewSheet.HEADER_ROW);
      assertThat(PrintedPages.styleName(wb, (XSSFCellStyle) header.getCell(0).getCellStyle()))
          .isEqualTo("Heading 4");
      assertThat(PrintedPages.styleName(wb, overview.getRow(0).getCell(0).getCellStyle()))
          .isEqualTo("Title");
      var cellStyles = wb.getStylesSource().getCTStylesheet().getCellStyles();
      assertThat(cellStyles.getCellStyleArray(0).getName()).isEqualTo("Normal");
      assertThat(cellStyles.getCellStyleArray(0).getBuiltinId()).isZero();
      // a named style's own format (what Excel shows and applies as "Title", "Heading 4") has the
      // font, fill and border of the cells based on it
      for (Cell based : List.of(overview.getRow(0).getCell(0), header.getCell(0))) {
        var core = ((XSSFCellStyle) based.getCellStyle()).getCoreXf();
        var own = wb.getStylesSource().getCellStyleXfAt((int) core.getXfId());
        assertThat(own).as(based.getStringCellValue()).isNotNull();
        assertThat(List.of(own.getFontId(), own.getFillId(), own.getBorderId()))
            .as(based.getStringCellValue())
            .containsExactly(core.getFontId(), core.getFillId(), core.getBorderId());
      }
      // the as-of date is a date cell
      Cell asOf =
          WorkbookWriterTest.rowStartingWith(overview, "Datum för uttag").orElseThrow().getCell(1);
      assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ReportFixtures.AS_OF);
      assertThat(asOf.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      // the missing month of the data-quality sheet too
      Row missing =
          WorkbookWriterTest.rowStartingWith(wb.getSheet("Datakvalitet"), "insatser").orElseThrow();
      assertThat(missing).isNotNull();
    }
  }

  @Test
  void everySheetPrintsWithoutOverflowOrphanHeadingsOrCutCharts() throws IOException {
    for (Results results : List.of(ReportFixtures.tertial(), ReportFixtures.annual())) {
      for (Results mode : List.of(results, Disclosure.suppress(results))) {
        for (Unit unit : List.of(ReportFixtures.CITY, ReportFixtures.ALVSJO)) {
          try (XSSFWorkbook wb = write(mode, unit)) {
            assertThat(PrintedPages.problems(wb)).as(unit.name()).isEmpty();
          }
        }
      }
    }
  }

  private static List<String> indicatorNames() {
    return ReportFixtures.PROGRAMME.indicators().map(i -> i.name()).toList();
  }
}
