package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Cells set as text ({@link SheetCells}) make the workbook POI makes of the same cells set through
 * its own cells: random sheets (texts with the characters XML escapes or keeps with {@code
 * xml:space}, numbers of every size and sign, infinities and NaN, dates, blanks, cells set twice,
 * rows and columns out of order, rows with heights, sheets without cells) are written both ways and
 * every part of the two zips compared, the shared strings and the sheets' dimensions included.
 */
class SheetCellsTest {

  private static final String[] PIECES = {
    "Antal",
    " kvinnor",
    "Älvsjö",
    " & ",
    "<",
    ">",
    "]]>",
    "\"",
    "'",
    "–",
    "\uD83D\uDC69",
    "\t",
    "\n",
    "\u0001",
    "\uD83D",
    "  ",
    "x",
    "",
    "19121212-1212"
  };

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static double number(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> Double.POSITIVE_INFINITY;
      case 1 -> Double.NaN;
      case 2 -> -0.0;
      case 3 -> random.nextDouble() * 1e20;
      case 4 -> -random.nextDouble() * 1e-9;
      case 5 -> Double.MAX_VALUE;
      case 6 -> Math.round(random.nextDouble() * 1e4) / 10.0;
      default -> random.nextInt(500);
    };
  }

  /**
   * Sets random cells through {@code cells}; from {@code handAt} on (if 0 or more), the first
   * sheet's cells are POI's ({@link ReportWorkbooks.Book#handCellsToPoi}).
   */
  private static void fill(long seed, ReportWorkbooks.Book book, Cells cells, int handAt) {
    Random random = new Random(seed);
    Styles styles = cells.styles();
    List<Style> looks =
        List.of(
            styles.text(),
            styles.number(0),
            styles.percent(1, true),
            styles.centered(),
            styles.goal(),
            styles.date("yyyy-mm-dd", HorizontalAlignment.LEFT));
    int sheets = 1 + random.nextInt(3);
    List<XSSFSheet> made = new ArrayList<>();
    for (int s = 0; s < sheets; s++) {
      made.add(book.createSheet("S" + s));
    }
    int count = random.nextInt(8) == 0 ? 0 : random.nextInt(200);
    for (int i = 0; i < count; i++) {
      if (i == handAt) {
        book.handCellsToPoi(made.get(0));
      }
      XSSFSheet sheet = made.get(random.nextInt(sheets));
      Row row = Cells.row(sheet, random.nextInt(random.nextBoolean() ? 5 : 60));
      if (random.nextInt(20) == 0) {
        row.setHeightInPoints(10 + random.nextInt(40));
      }
      int col = random.nextInt(random.nextBoolean() ? 3 : 30);
      Style look = looks.get(random.nextInt(looks.size()));
      switch (random.nextInt(5)) {
        case 0 -> cells.number(row, col, number(random), look);
        case 1 -> cells.blank(row, col, look);
        case 2 -> cells.date(row, col, LocalDate.of(1900 + random.nextInt(200), 1, 1), look);
        default -> cells.text(row, col, text(random), look);
      }
    }
    styles.writeNamedStyles();
  }

  /** Every part of the workbook as the report's zip writes it, by name. */
  private static Map<String, String> parts(long seed, boolean asText, int handAt)
      throws IOException {
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      Styles styles = new Styles(book);
      fill(seed, book, asText ? new Cells(book, styles) : new Cells(styles), handAt);
      return ReportZips.parts(book);
    }
  }

  @Test
  void cellsSetAsTextMakeTheWorkbookPoiMakes() throws IOException {
    int withCells = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Map<String, String> text = parts(seed, true, -1);
      assertThat(text).as("seed %d", seed).isEqualTo(parts(seed, false, -1));
      withCells += text.getOrDefault("xl/worksheets/sheet1.xml", "").contains("<c r=") ? 1 : 0;
    }
    assertThat(withCells).isGreaterThan(200);
  }

  @Test
  void cellsHandedToPoiHalfwayMakeTheSameWorkbook() throws IOException {
    for (long seed = 1; seed <= 100; seed++) {
      int handAt = (int) (seed % 50);
      assertThat(parts(seed, true, handAt))
          .as("seed %d", seed)
          .isEqualTo(parts(seed, false, handAt));
    }
  }

  @Test
  void aTextLongerThanACellHoldsIsRefusedWithPoisWords() throws IOException {
    String tooLong = "x".repeat(32_768);
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      Styles styles = new Styles(book);
      Row row = Cells.row(book.createSheet("S"), 0);
      Throwable asText =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> new Cells(book, styles).text(row, 0, tooLong, styles.text()));
      Throwable poi =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> new Cells(styles).text(row, 1, tooLong, styles.text()));
      assertThat(asText)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(poi.getMessage())
          .hasMessageContaining("32767");
    }
  }

  @Test
  void aSheetWithCellsOfBothKindsIsNotWritten() throws IOException {
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      Styles styles = new Styles(book);
      XSSFSheet sheet = book.createSheet("S");
      new Cells(book, styles).text(Cells.row(sheet, 0), 0, "rbs", styles.text());
      Cells.row(sheet, 1).createCell(0).setCellValue("POI");
      assertThatThrownBy(book::cellTexts)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("sheet S holds cells of POI's and of rbs's");
    }
  }

  @Test
  void aPoiWorkbookIsLeftToPoi() throws IOException {
    // the cells of a workbook of POI's own (no report workbook) are POI's, read back in memory
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Cells cells = new Cells(new Styles(wb));
      XSSFSheet sheet = wb.createSheet("S");
      cells.number(Cells.row(sheet, 2), 1, 12.5, cells.styles().number(1));
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(12.5);
    }
  }
}
