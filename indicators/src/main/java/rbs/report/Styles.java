package rbs.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Status;

/**
 * The cell styles of one workbook, one per look, each created once on first use.
 *
 * <p>Numbers use locale-neutral format codes ({@code #,##0}): Excel and LibreOffice show them with
 * the reader's separators, so a Swedish reader sees "1 300" and "12,5". Shares are stored in
 * percent (80 means 80 %) and shown with a literal " %", so the stored value equals results.csv.
 */
final class Styles {

  /**
   * Fill colours of the fulfilment words: green, yellow, red, grey (the Excel "good/neutral/bad").
   */
  static final Map<Status, String> STATUS_FILL =
      new EnumMap<>(
          Map.of(
              Status.MET, "C6EFCE",
              Status.PARTLY, "FFEB9C",
              Status.NOT_MET, "FFC7CE",
              Status.NOT_ASSESSABLE, "E7E6E6"));

  private final XSSFWorkbook workbook;
  private final Map<String, CellStyle> cache = new TreeMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  CellStyle title() {
    return cached("title", s -> s.setFont(font(true, false, 14, "1F3864")));
  }

  CellStyle subtitle() {
    return cached("subtitle", s -> s.setFont(font(true, false, 11, "000000")));
  }

  CellStyle warning() {
    return cached("warning", s -> s.setFont(font(true, false, 11, "C00000")));
  }

  CellStyle text() {
    return cached("text", s -> s.setVerticalAlignment(VerticalAlignment.TOP));
  }

  CellStyle wrapped() {
    return cached(
        "wrapped",
        s -> {
          s.setWrapText(true);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  /** A goal row of the overview: bold, wrapped. */
  CellStyle goal() {
    return cached(
        "goal",
        s -> {
          s.setFont(font(true, false, 11, "000000"));
          s.setWrapText(true);
          s.setVerticalAlignment(VerticalAlignment.TOP);
          s.setBorderTop(BorderStyle.THIN);
        });
  }

  /** An indicator row under its goal: indented, wrapped. */
  CellStyle indented() {
    return cached(
        "indented",
        s -> {
          s.setIndention((short) 2);
          s.setWrapText(true);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  CellStyle header() {
    return cached(
        "header",
        s -> {
          s.setFont(font(true, false, 11, "000000"));
          fill(s, "D9E1F2");
          s.setBorderBottom(BorderStyle.THIN);
          s.setWrapText(true);
          s.setVerticalAlignment(VerticalAlignment.CENTER);
        });
  }

  CellStyle footnote() {
    return cached("footnote", s -> s.setFont(font(false, true, 9, "404040")));
  }

  CellStyle centered() {
    return cached(
        "centered",
        s -> {
          s.setAlignment(HorizontalAlignment.CENTER);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  /** A count or sum with the given number of decimals and a thousands separator. */
  CellStyle number(int decimals) {
    String code = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    return cached("number" + decimals, s -> numberFormat(s, code));
  }

  /** A share stored in percent, shown with a literal " %" (80 → "80 %"). */
  CellStyle percent(int decimals) {
    String code = (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "\" %\"";
    return cached("percent" + decimals, s -> numberFormat(s, code));
  }

  /** The fulfilment word on its colour, centred. */
  CellStyle status(Status status) {
    return cached(
        "status-" + status.key(),
        s -> {
          fill(s, STATUS_FILL.get(status));
          s.setAlignment(HorizontalAlignment.CENTER);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  private void numberFormat(XSSFCellStyle s, String code) {
    s.setDataFormat(workbook.createDataFormat().getFormat(code));
    s.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private interface Look {
    void apply(XSSFCellStyle style);
  }

  private CellStyle cached(String name, Look look) {
    return cache.computeIfAbsent(
        name,
        k -> {
          XSSFCellStyle style = workbook.createCellStyle();
          look.apply(style);
          return style;
        });
  }

  private static void fill(XSSFCellStyle s, String rgb) {
    s.setFillForegroundColor(color(rgb));
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private XSSFFont font(boolean bold, boolean italic, int points, String rgb) {
    XSSFFont font = workbook.createFont();
    font.setBold(bold);
    font.setItalic(italic);
    font.setFontHeightInPoints((short) points);
    font.setColor(color(rgb));
    return font;
  }

  /**
   * An opaque cell colour. SpreadsheetML colours are 4-byte ARGB ({@code ST_UnsignedIntHex}, as
   * Excel writes {@code FFC6EFCE}); POI writes a fill colour's 3 bytes as given, which the schema
   * rejects (and Excel repairs).
   */
  static XSSFColor color(String rgb) {
    byte[] bytes = rgb(rgb);
    return new XSSFColor(new byte[] {(byte) 0xFF, bytes[0], bytes[1], bytes[2]});
  }

  /** The 3 bytes of {@code RRGGBB}: a DrawingML {@code srgbClr} as charts take it. */
  static byte[] rgb(String hex) {
    int v = Integer.parseInt(hex, 16);
    return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }
}
