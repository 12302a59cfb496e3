package rbs.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * The cells of one sheet of a report workbook, kept as the text POI writes for them rather than as
 * POI's XML objects (building and saving those was a quarter of the time a workbook took): a cell
 * is its style's index, its type and its value as text, and {@link #splice} puts them into the
 * sheet's part as POI writes it, whose rows then hold no cells. The bytes are those POI writes for
 * the same cells set through {@code Cell.setCellValue} and {@code Cell.setCellStyle}: a cell's
 * reference, type and style as attributes in that order, the cells of a row by column, a number as
 * Java writes a double, a text as its index in the workbook's shared strings (added in the order
 * the cells are set, as POI adds them), and the sheet's dimension from the first to the last row
 * and the first to the last column holding a cell.
 */
final class SheetCells {

  /**
   * One cell: its style's index; {@code type} 's' (shared string), 'n' (number), 'e' (error) or
   * '\0' (blank); {@code value} the text of its {@code <v>} element (a string's index, a number as
   * Java writes a double); {@code text} a string's text, else empty.
   */
  private record Entry(long style, char type, String value, String text) {}

  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final TreeMap<Integer, TreeMap<Integer, Entry>> rows = new TreeMap<>();

  /**
   * Refuses a text longer than a cell holds, in POI's words.
   *
   * @throws IllegalArgumentException for such a text
   */
  static void checkLength(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "The maximum length of cell contents (text) is " + MAX_TEXT + " characters");
    }
  }

  /** A text cell whose text ({@code text}) is the workbook's shared string {@code index}. */
  void text(int row, int col, int index, String text, long style) {
    put(row, col, new Entry(style, 's', Integer.toString(index), text));
  }

  /** A numeric cell; infinity and NaN as the errors POI makes of them (#DIV/0! and #NUM!). */
  void number(int row, int col, double value, long style) {
    if (Double.isInfinite(value)) {
      put(row, col, new Entry(style, 'e', FormulaError.DIV0.getString(), ""));
    } else if (Double.isNaN(value)) {
      put(row, col, new Entry(style, 'e', FormulaError.NUM.getString(), ""));
    } else {
      put(row, col, new Entry(style, 'n', String.valueOf(value), ""));
    }
  }

  /** A cell with a style and no value. */
  void blank(int row, int col, long style) {
    put(row, col, new Entry(style, '\0', "", ""));
  }

  private void put(int row, int col, Entry entry) {
    rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, entry);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The cell's type as POI reads it: BLANK where there is none. */
  CellType type(int row, int col) {
    return entry(row, col)
        .map(
            e ->
                switch (e.type()) {
                  case 's' -> CellType.STRING;
                  case 'n' -> CellType.NUMERIC;
                  case 'e' -> CellType.ERROR;
                  default -> CellType.BLANK;
                })
        .orElse(CellType.BLANK);
  }

  /**
   * A text cell's text, or a numeric cell's value as Java writes a double (as POI's chart data
   * reads them); empty for other cells.
   */
  Optional<String> value(int row, int col) {
    return entry(row, col)
        .filter(e -> e.type() == 's' || e.type() == 'n')
        .map(e -> e.type() == 's' ? e.text() : e.value());
  }

  private Optional<Entry> entry(int row, int col) {
    TreeMap<Integer, Entry> cells = rows.get(row);
    return cells == null ? Optional.empty() : Optional.ofNullable(cells.get(col));
  }

  /**
   * The range POI writes as the sheet's dimension: from its first to its last row, from the first
   * to the last column holding a cell; empty when no row holds one.
   */
  Optional<CellRangeAddress> dimension(XSSFSheet sheet) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (TreeMap<Integer, Entry> cells : rows.values()) {
      first = Math.min(first, cells.firstKey());
      last = Math.max(last, cells.lastKey());
    }
    if (first == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(
        new CellRangeAddress(sheet.getFirstRowNum(), sheet.getLastRowNum(), first, last));
  }

  /**
   * Makes the cells POI's own, in the rows the sheet has (as when they were set through POI), and
   * forgets them: for a chart POI draws, which reads its data from the sheet's cells.
   */
  void handTo(XSSFSheet sheet) {
    for (Map.Entry<Integer, TreeMap<Integer, Entry>> row : rows.entrySet()) {
      XSSFRow poiRow = sheet.getRow(row.getKey());
      for (Map.Entry<Integer, Entry> cell : row.getValue().entrySet()) {
        Entry e = cell.getValue();
        XSSFCell poiCell = poiRow.createCell(cell.getKey());
        CTCell ct = poiCell.getCTCell();
        if (e.type() != '\0') {
          ct.setT(STCellType.Enum.forString(String.valueOf(e.type())));
          ct.setV(e.value());
        }
        ct.setS(e.style());
      }
    }
    rows.clear();
  }

  /**
   * The sheet's part as POI wrote it ({@code xml}), with these cells in its rows.
   *
   * @throws IllegalStateException when a row of these cells is not in the part, or holds cells of
   *     POI's too
   */
  byte[] splice(byte[] xml) {
    if (rows.isEmpty()) {
      return xml;
    }
    int start = indexOf(xml, SHEET_DATA, 0);
    int end = start < 0 ? -1 : indexOf(xml, SHEET_DATA_END, start);
    if (end < 0) {
      throw new IllegalStateException("a sheet with cells has no sheetData");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + rows.size() * 256);
    StringBuilder cells = new StringBuilder(512);
    int done = 0;
    int spliced = 0;
    int at = indexOf(xml, ROW, start);
    while (at >= 0 && at < end) {
      int number = 0;
      int p = at + ROW.length;
      while (xml[p] != '"') {
        number = number * 10 + (xml[p++] - '0');
      }
      int close = p;
      while (xml[close] != '>') {
        close++;
      }
      TreeMap<Integer, Entry> row = rows.get(number - 1);
      if (row != null) {
        if (xml[close - 1] != '/') {
          throw new IllegalStateException("row " + number + " holds cells of POI's and of rbs's");
        }
        out.write(xml, done, close - 1 - done);
        cells.setLength(0);
        cells.append('>');
        for (Map.Entry<Integer, Entry> cell : row.entrySet()) {
          append(cells, number, cell.getKey(), cell.getValue());
        }
        cells.append("</row>");
        out.writeBytes(cells.toString().getBytes(StandardCharsets.UTF_8));
        done = close + 1;
        spliced++;
      }
      at = indexOf(xml, ROW, close);
    }
    if (spliced != rows.size()) {
      throw new IllegalStateException(
          (rows.size() - spliced) + " rows with cells are not in the sheet's part");
    }
    out.write(xml, done, xml.length - done);
    return out.toByteArray();
  }

  private static void append(StringBuilder x, int rowNumber, int col, Entry e) {
    x.append("<c r=\"").append(CellReference.convertNumToColString(col)).append(rowNumber);
    if (e.type() != '\0') {
      x.append("\" t=\"").append(e.type());
    }
    x.append("\" s=\"").append(e.style());
    if (e.type() == '\0') {
      x.append("\"/>");
    } else {
      x.append("\"><v>").append(e.value()).append("</v></c>");
    }
  }

  private static final byte[] SHEET_DATA = ascii("<sheetData>");
  private static final byte[] SHEET_DATA_END = ascii("</sheetData>");
  private static final byte[] ROW = ascii("<row r=\"");

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Where {@code what} is first found in {@code in} from {@code from}; -1 if nowhere. */
  static int indexOf(byte[] in, byte[] what, int from) {
    outer:
    for (int i = from; i <= in.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
