package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A report workbook's defined names, written as text ({@link DefinedNames}), are byte for byte the
 * names POI writes for the same calls: random workbooks (sheet names POI must quote, with what XML
 * escapes, Swedish letters and characters outside the BMP; tables, print areas set once or twice,
 * repeated rows with and without a print setup before them; sheets reordered after their names were
 * set, one hidden) are made both ways and every part compared.
 */
class DefinedNamesTest {

  private static final String[] PIECES = {
    "Sammanfattning", "Översikt", "Kvinnor som utsatts för våld", " ", "'", "&", "<", ">", "\"",
    "A1", "R1C1", "2014", "Män", "–", "\uD83D\uDC69", "x", "_", "."
  };

  private static String sheetName(Random random, List<String> taken) {
    while (true) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String name = b.toString().strip();
      if (name.length() > 31) {
        name = name.substring(0, 31).strip();
      }
      String finalName = name;
      if (!name.isEmpty()
          && !name.startsWith("'")
          && !name.endsWith("'")
          && !Character.isHighSurrogate(name.charAt(name.length() - 1))
          && taken.stream().noneMatch(t -> t.equalsIgnoreCase(finalName))) {
        taken.add(name);
        return name;
      }
    }
  }

  /** Every part of the seed's workbook, its names set through {@link DefinedNames}. */
  private static Map<String, String> made(long seed, boolean asText) throws IOException {
    Random random = new Random(seed);
    try (XSSFWorkbook book = asText ? ReportWorkbooks.create() : new XSSFWorkbook()) {
      List<String> taken = new ArrayList<>();
      List<XSSFSheet> sheets = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int s = 0; s < n; s++) {
        sheets.add(book.createSheet(sheetName(random, taken)));
      }
      for (XSSFSheet sheet : sheets) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        if (random.nextBoolean()) {
          sheet.getPrintSetup().setLandscape(true);
        }
        Headers headers = new Headers(sheet);
        int tables = random.nextInt(5);
        int row = random.nextInt(4);
        for (int t = 0; t < tables; t++) {
          int last = row + random.nextInt(30);
          int firstCol = random.nextInt(3);
          headers.table(row, last, firstCol, firstCol + random.nextInt(12));
          row = last + 1 + random.nextInt(10);
        }
        int lastRow = row + random.nextInt(200);
        int lastCol = random.nextInt(30);
        if (random.nextInt(3) == 0) {
          DefinedNames.printArea(sheet, 0, random.nextInt(5), 0, random.nextInt(50));
        }
        DefinedNames.printArea(sheet, 0, lastCol, 0, lastRow);
        if (random.nextBoolean()) {
          int first = random.nextInt(5);
          DefinedNames.printTitles(sheet, first, first + random.nextInt(3));
        }
      }
      for (int m = random.nextInt(3); m > 0; m--) {
        book.setSheetOrder(
            sheets.get(random.nextInt(n)).getSheetName(), random.nextInt(book.getNumberOfSheets()));
      }
      if (n > 1 && random.nextBoolean()) {
        book.setSheetOrder(sheets.get(0).getSheetName(), n - 1);
        book.setSheetVisibility(n - 1, SheetVisibility.HIDDEN);
        book.setActiveSheet(0);
      }
      return ReportZips.parts(book);
    }
  }

  /** The seed's workbook's parts, or what was thrown making it. */
  private static Object outcome(long seed, boolean asText) throws IOException {
    try {
      return made(seed, asText);
    } catch (FormulaParseException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void namesWrittenAsTextAreTheBytesPoiWrites() throws IOException {
    int named = 0;
    int refused = 0;
    for (long seed = 1; seed <= 400; seed++) {
      Object text = outcome(seed, true);
      assertThat(text).as("seed %d", seed).isEqualTo(outcome(seed, false));
      if (text instanceof Map<?, ?> parts) {
        named += ((String) parts.get("xl/workbook.xml")).contains("<definedNames>") ? 1 : 0;
      } else {
        refused++;
      }
    }
    // most workbooks have names, some none; a sheet name the formula parser cannot read (".")
    // is refused both ways, as POI refuses it
    assertThat(named).isBetween(200, 399);
    assertThat(refused).isBetween(1, 100);
  }

  @Test
  void aNameTakenOnTheSheetIsRefusedAsPoiRefusesIt() throws IOException {
    for (boolean asText : new boolean[] {true, false}) {
      try (XSSFWorkbook book = asText ? ReportWorkbooks.create() : new XSSFWorkbook()) {
        XSSFSheet sheet = book.createSheet("S");
        DefinedNames.columnTitles(sheet, 1, 0, 5, 0, 3);
        assertThatThrownBy(() -> DefinedNames.columnTitles(sheet, 1, 0, 5, 0, 3))
            .as("as text: %s", asText)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("already contains this name: ColumnTitleRegion1.A1.D6");
        // another sheet may have it
        DefinedNames.columnTitles(book.createSheet("T"), 1, 0, 5, 0, 3);
      }
    }
  }

  @Test
  void aWorkbookWithNamesOfPoisAndOfRbssIsNotWritten() throws IOException {
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      XSSFSheet sheet = book.createSheet("S");
      DefinedNames.printArea(sheet, 0, 3, 0, 9);
      XSSFName poi = book.createName();
      poi.setNameName("Other");
      poi.setRefersToFormula("S!$A$1");
      assertThatThrownBy(() -> ReportZips.parts(book))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("names of POI's and of rbs's");
    }
  }

  @Test
  void theNamesReadBackAsPoiReadsThem() throws IOException {
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      XSSFSheet data = book.createSheet("Diagramdata");
      XSSFSheet sheet = book.createSheet("Kvinnor som utsatts för våld");
      new Headers(sheet).table(4, 15, 0, 5);
      DefinedNames.printArea(sheet, 0, 13, 0, 159);
      DefinedNames.printTitles(sheet, 0, 1);
      book.setSheetOrder(data.getSheetName(), 1);
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      book.save(saved, 0L);
      try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(saved.toByteArray()))) {
        assertThat(read.getPrintArea(0)).isEqualTo("'Kvinnor som utsatts för våld'!$A$1:$N$160");
        CellRangeAddress repeated = read.getSheetAt(0).getRepeatingRows();
        assertThat(repeated.getFirstRow()).isZero();
        assertThat(repeated.getLastRow()).isEqualTo(1);
        XSSFName table = read.getName("ColumnTitleRegion1.A5.F16");
        assertThat(table.getSheetIndex()).isZero();
        assertThat(table.getRefersToFormula()).isEqualTo("'Kvinnor som utsatts för våld'!$A$5");
        assertThat(read.getPrintArea(1)).isNull();
      }
    }
  }
}
