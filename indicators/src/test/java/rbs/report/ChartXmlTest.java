package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A chart written as text ({@link ChartXml}) is byte for byte the chart POI's chart API draws from
 * the same spec and cells: random charts (line and bar, shares and counts, one to four series,
 * markers and dashes, gaps, texts with the characters XML escapes, Swedish and English) are drawn
 * both ways and their parts compared.
 */
class ChartXmlTest {

  private static final String[] PIECES = {
    "Antal", " kvinnor", " i målgruppen", "Älvsjö", "ÅÄÖ", " & ", "<", ">", "]]>", "\"", "'",
    " %", "–", "…", "2014", " 12,5", "\uD83D\uDC69", "\t", "\n", "\u0001", "\u0085", "\uD83D",
    "  ", "x"
  };

  private static final String[] COLOURS = {"1F4E79", "8FAADC", "C55A11", "D9D9D9"};

  static String text(Random random) {
    int n = random.nextInt(60) == 0 ? 0 : 1 + random.nextInt(5);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // control characters and empty texts rarely, so that most charts take the text path
      String piece = PIECES[random.nextInt(PIECES.length)];
      char first = piece.charAt(0);
      boolean control = first < ' ' || (first > '~' && first < '\u00A0');
      if (piece.length() == 1
          && (control || Character.isSurrogate(first))
          && random.nextInt(30) != 0) {
        piece = "y";
      }
      b.append(piece);
    }
    return b.toString();
  }

  /**
   * A chart's spec, and its data written into the sheet through {@code cells} (as text in a report
   * workbook), or through POI's cells where a formula is among them: categories in A, series from
   * B.
   */
  static NativeCharts.Ranges data(
      Random random, XSSFSheet sheet, Cells cells, int categories, int k) {
    boolean formula = random.nextInt(40) == 0;
    if (formula && sheet.getWorkbook() instanceof ReportWorkbooks.Book book) {
      // a formula is POI's cell: so are the others then, in the order they are set
      book.handCellsToPoi(sheet);
    }
    Styles styles = cells.styles();
    Row names = Cells.row(sheet, 0);
    for (int s = 0; s < k; s++) {
      cells.text(names, 1 + s, "series " + s, styles.header());
    }
    for (int c = 0; c < categories; c++) {
      Row row = Cells.row(sheet, 1 + c);
      switch (random.nextInt(12)) {
        case 0 -> {} // a blank category
        case 1 -> cells.number(row, 0, 2014 + c, styles.year()); // a number: no string
        default -> cells.text(row, 0, random.nextBoolean() ? "jan" : text(random), styles.text());
      }
      for (int s = 0; s < k; s++) {
        int col = 1 + s;
        switch (random.nextInt(formula ? 9 : 8)) {
          case 0 -> {} // withheld or missing: a gap
          case 1 -> cells.text(row, col, "..", styles.centered());
          case 2 -> cells.number(row, col, random.nextDouble() * 1e8, styles.number(0));
          case 3 ->
              cells.number(
                  row, col, Math.round(random.nextDouble() * 1e4) / 10.0, styles.percent(1));
          case 8 -> row.createCell(col).setCellFormula("1+1"); // POI evaluates it: 2.0
          default -> cells.number(row, col, random.nextInt(500), styles.number(0));
        }
      }
    }
    List<CellRangeAddress> values = new ArrayList<>();
    List<CellReference> refs = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      values.add(new CellRangeAddress(1, categories, 1 + s, 1 + s));
      refs.add(new CellReference(sheet.getSheetName(), 0, 1 + s, true, true));
    }
    return new NativeCharts.Ranges(sheet, new CellRangeAddress(1, categories, 0, 0), values, refs);
  }

  static ChartSpec spec(Random random, int categories, int k) {
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      labels.add("c" + c);
    }
    List<ChartSpec.Series> series = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      List<Optional<Double>> values = new ArrayList<>();
      for (int c = 0; c < categories; c++) {
        values.add(Optional.empty());
      }
      series.add(
          new ChartSpec.Series(
              random.nextInt(60) == 0 ? "" : text(random),
              values,
              random.nextInt(30) == 0
                  ? (random.nextBoolean() ? "" : "1f4e79")
                  : COLOURS[random.nextInt(4)],
              List.of(ChartSpec.Dash.SOLID, ChartSpec.Dash.DASH, ChartSpec.Dash.DOT)
                  .get(random.nextInt(3)),
              random.nextBoolean()));
    }
    return new ChartSpec(
        "months",
        random.nextBoolean() ? ChartSpec.Kind.LINE : ChartSpec.Kind.BAR,
        text(random),
        text(random),
        text(random),
        text(random),
        random.nextBoolean(),
        random.nextInt(3),
        labels,
        java.util.Collections.nCopies(categories, ""),
        series,
        text(random));
  }

  /**
   * Every part of a workbook with one to three charts, as the report's zip writes it, by name; each
   * chart drawn as text where it can be or by POI, their frames as text in a report workbook.
   */
  private static Map<String, String> drawn(long seed, boolean asText, boolean[] tookText)
      throws IOException {
    Random random = new Random(seed);
    String sheetName = random.nextBoolean() ? "Diagramdata" : "Chart data";
    int categories = 1 + random.nextInt(14);
    int k = 1 + random.nextInt(4);
    // a report workbook writes its cells and charts as text where it can; any other, through POI
    try (XSSFWorkbook book = asText ? ReportWorkbooks.create() : new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      Cells cells =
          book instanceof ReportWorkbooks.Book report
              ? new Cells(report, styles)
              : new Cells(styles);
      XSSFSheet sheet = book.createSheet(sheetName);
      NativeCharts.Ranges ranges = data(random, sheet, cells, categories, k);
      Labels labels = Labels.forLanguage(random.nextBoolean() ? "sv" : "en");
      // one to three charts over the same data, in frames of one drawing; rows of their own
      // heights under some, which the frames' sizes follow
      int charts = 1 + random.nextInt(3);
      for (int c = 0; c < charts; c++) {
        if (random.nextInt(3) == 0) {
          Cells.row(sheet, 20 * c + 1 + random.nextInt(18)).setHeightInPoints(30);
        }
        NativeCharts.draw(
            sheet, spec(random, categories, k), ranges, labels, c + 1, 6, 20 * c, 14, 20 * c + 20);
      }
      styles.writeNamedStyles();
      // a chart written as text is a part of its own, not POI's chart
      tookText[0] =
          book instanceof ReportWorkbooks.Book
              && sheet.getDrawingPatriarch().getCharts().size() < charts;
      Map<String, String> parts = ReportZips.parts(book);
      assertThat(parts).containsKey("xl/charts/chart1.xml");
      return parts;
    }
  }

  @Test
  void everyChartWrittenAsTextIsTheChartPoiDraws() throws IOException {
    int asText = 0;
    for (long seed = 1; seed <= 400; seed++) {
      boolean[] tookText = new boolean[1];
      Map<String, String> text = drawn(seed, true, tookText);
      Map<String, String> poi = drawn(seed, false, new boolean[1]);
      assertThat(text.get("xl/charts/chart1.xml"))
          .as("seed %d", seed)
          .isEqualTo(poi.get("xl/charts/chart1.xml"));
      // and so is every other part: the cells set as text too
      assertThat(text).as("seed %d", seed).isEqualTo(poi);
      asText += tookText[0] ? 1 : 0;
    }
    // most charts took the text path (the others have a control character or an empty text)
    assertThat(asText).isGreaterThan(200);
  }
}
