package rbs.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import rbs.model.Money;
import rbs.model.Status;

/**
 * The cell styles of one workbook, one per look, each created once on first use.
 *
 * <p>Numbers use locale-neutral format codes ({@code #,##0}): Excel and LibreOffice show them with
 * the reader's separators, so a Swedish reader sees "1 300" and "12,5". Shares are stored in
 * percent (80 means 80 %) and shown with a literal " %", so the stored value equals results.csv. A
 * value over months of which some had no data carries the mark " *" in its format, so the cell
 * stays a number.
 *
 * <p>Each look is based on one of the named cell styles Excel knows (Normal, Title, Heading 2–4,
 * Explanatory Text, Good, Neutral, Bad, Warning Text), written to the styles part's cell-style
 * table, so that a reader (or an accessibility checker) sees which cells are titles and headings.
 */
final class Styles {

  /** Excel's built-in cell styles the looks are based on: name and builtinId. */
  enum Named {
    NORMAL("Normal", 0),
    TITLE("Title", 15),
    HEADING_2("Heading 2", 17),
    HEADING_3("Heading 3", 18),
    HEADING_4("Heading 4", 19),
    EXPLANATORY("Explanatory Text", 53),
    GOOD("Good", 26),
    NEUTRAL("Neutral", 28),
    BAD("Bad", 27),
    WARNING("Warning Text", 11);

    final String styleName;
    final int builtinId;

    Named(String styleName, int builtinId) {
      this.styleName = styleName;
      this.builtinId = builtinId;
    }
  }

  private static final String SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** The mark of a value over months some of which had no data. */
  static final String INCOMPLETE_MARK = "*";

  /**
   * Fill colours of the fulfilment words: green, yellow, red, grey (the Excel "good/neutral/bad"),
   * and a pale blue for an outcome set beside its budget without judgement (neither good nor bad).
   */
  static final Map<Status, String> STATUS_FILL =
      new EnumMap<>(
          Map.of(
              Status.MET, "C6EFCE",
              Status.PARTLY, "FFEB9C",
              Status.NOT_MET, "FFC7CE",
              Status.NOT_ASSESSABLE, "E7E6E6",
              Status.NOT_JUDGED, "DDEBF7"));

  private final XSSFWorkbook workbook;
  // asked for on every cell: hashed; written in the order of their names (writeNamedStyles)
  private final Map<String, CellStyle> cache = new HashMap<>();
  private final Map<String, Named> named = new TreeMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  CellStyle title() {
    return cached("title", Named.TITLE, s -> s.setFont(font(true, false, 14, "1F3864")));
  }

  CellStyle subtitle() {
    return cached("subtitle", Named.HEADING_2, s -> s.setFont(font(true, false, 11, "000000")));
  }

  /** A short note beside a right-aligned number, indented so the two do not touch. */
  CellStyle note() {
    return cached(
        "note",
        s -> {
          s.setIndention((short) 1);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  /** Bold body text, top aligned like the numbers beside it (not a heading). */
  CellStyle bold() {
    return cached(
        "bold",
        s -> {
          s.setFont(font(true, false, 11, "000000"));
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
  }

  CellStyle warning() {
    return cached("warning", Named.WARNING, s -> s.setFont(font(true, false, 11, "C00000")));
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
        Named.HEADING_3,
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
    return cached("header", Named.HEADING_4, this::tableHeader);
  }

  /** The header of a column of numbers: aligned right, over its numbers. */
  CellStyle numberHeader() {
    return cached(
        "numberHeader",
        Named.HEADING_4,
        s -> {
          tableHeader(s);
          s.setAlignment(HorizontalAlignment.RIGHT);
        });
  }

  /** A table's header cell: bold on the pale blue band, a rule below, wrapped. */
  private void tableHeader(XSSFCellStyle s) {
    s.setFont(font(true, false, 11, "000000"));
    fill(s, "D9E1F2");
    s.setBorderBottom(BorderStyle.THIN);
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
  }

  CellStyle footnote() {
    return cached("footnote", Named.EXPLANATORY, s -> s.setFont(font(false, true, 9, "404040")));
  }

  /** A footnote wrapped within its (merged) cells, for a note under a narrow table. */
  CellStyle wrappedFootnote() {
    return cached(
        "footnoteWrapped",
        Named.EXPLANATORY,
        s -> {
          s.setFont(font(false, true, 9, "404040"));
          s.setWrapText(true);
          s.setVerticalAlignment(VerticalAlignment.TOP);
        });
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
    return number(decimals, false);
  }

  /** A count or sum, marked " *" when some of its months had no data. */
  CellStyle number(int decimals, boolean incomplete) {
    String code = (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)) + mark(incomplete);
    return cached("number" + decimals + mark(incomplete), s -> numberFormat(s, code));
  }

  /** An amount of money shown with its unit: 1560 → "1 560 tkr". */
  CellStyle money(Money money, int decimals, boolean incomplete) {
    String code =
        (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))
            + "\" "
            + money.word()
            + "\""
            + mark(incomplete);
    return cached("money" + money.word() + decimals + mark(incomplete), s -> numberFormat(s, code));
  }

  /** A share stored in percent, shown with a literal " %" (80 → "80 %"). */
  CellStyle percent(int decimals) {
    return percent(decimals, false);
  }

  /** A share in percent, marked " *" when some of its months had no data. */
  CellStyle percent(int decimals, boolean incomplete) {
    String code = (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "\" %\"" + mark(incomplete);
    return cached("percent" + decimals + mark(incomplete), s -> numberFormat(s, code));
  }

  /**
   * A change, always signed ("+12", "-3.5 p.e."), with its decimals and an optional word after it,
   * marked " *" when either side had months without data.
   */
  CellStyle signed(int decimals, String word, boolean incomplete) {
    String n = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    String tail = (word.isEmpty() ? "" : "\" " + word + "\"") + mark(incomplete);
    String code = "+" + n + tail + ";-" + n + tail + ";" + n + tail;
    return cached("signed" + decimals + word + mark(incomplete), s -> numberFormat(s, code));
  }

  private static String mark(boolean incomplete) {
    return incomplete ? "\" " + INCOMPLETE_MARK + "\"" : "";
  }

  /**
   * A date shown with the format code: "yyyy-mm-dd", "yyyy-mm", or a month name in the language
   * ({@code [$-41D]mmm} is Swedish "maj" wherever the workbook is opened).
   */
  CellStyle date(String code, HorizontalAlignment alignment) {
    return cached(
        "date " + code + alignment,
        s -> {
          numberFormat(s, code);
          s.setAlignment(alignment);
        });
  }

  /** A year as a number without a thousands separator, left aligned like a label. */
  CellStyle year() {
    return date("0", HorizontalAlignment.LEFT);
  }

  /** A date in the subtitle's bold, left aligned. */
  CellStyle boldDate(String code) {
    return cached(
        "subtitle-date " + code,
        Named.HEADING_2,
        s -> {
          numberFormat(s, code);
          s.setFont(font(true, false, 11, "000000"));
          s.setAlignment(HorizontalAlignment.LEFT);
        });
  }

  /** The fulfilment word on its colour, centred. */
  CellStyle status(Status status) {
    return cached(
        "status-" + status.key(),
        status == Status.MET
            ? Named.GOOD
            : status == Status.PARTLY
                ? Named.NEUTRAL
                : status == Status.NOT_MET ? Named.BAD : Named.NORMAL,
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
    return cached(name, Named.NORMAL, look);
  }

  private CellStyle cached(String name, Named base, Look look) {
    CellStyle known = cache.get(name);
    if (known != null) {
      return known;
    }
    // a name has one base
    named.put(name, base);
    XSSFCellStyle style = workbook.createCellStyle();
    look.apply(style);
    cache.put(name, style);
    return style;
  }

  /**
   * Writes the cell-style table: one cell-style format per named style in use (with the font, fill
   * and border of the first look based on it), each look's format pointing at its named style, and
   * the names with their built-in ids. Called once, when every cell is written.
   */
  void writeNamedStyles() {
    StylesTable table = workbook.getStylesSource();
    Map<Named, Integer> ids = new LinkedHashMap<>();
    ids.put(Named.NORMAL, 0);
    for (Map.Entry<String, CellStyle> e : new TreeMap<>(cache).entrySet()) {
      Named base = named.get(e.getKey());
      if (base == Named.NORMAL) {
        continue;
      }
      CTXf core = ((XSSFCellStyle) e.getValue()).getCoreXf();
      int id =
          ids.computeIfAbsent(
              base,
              k -> {
                CTXf xf = CTXf.Factory.newInstance();
                xf.setNumFmtId(0);
                xf.setFontId(core.getFontId());
                xf.setFillId(core.getFillId());
                xf.setBorderId(core.getBorderId());
                // putCellStyleXf returns the list's new size, not the new format's index
                return table.putCellStyleXf(xf) - 1;
              });
      core.setXfId(id);
    }
    // poi-ooxml-lite has no type for the cell-style table: written with a cursor (no XML parser
    // started for it), which XMLBeans keeps in the schema's order when POI adds the formats
    // around it
    try (XmlCursor to = table.getCTStylesheet().newCursor()) {
      to.toEndToken();
      to.beginElement(new QName(SML, "cellStyles"));
      to.insertAttributeWithValue("count", String.valueOf(ids.size()));
      for (Map.Entry<Named, Integer> e : ids.entrySet()) {
        to.beginElement(new QName(SML, "cellStyle"));
        to.insertAttributeWithValue("name", e.getKey().styleName);
        to.insertAttributeWithValue("xfId", String.valueOf(e.getValue()));
        to.insertAttributeWithValue("builtinId", String.valueOf(e.getKey().builtinId));
        // past the style's end, into the table again
        to.toNextToken();
      }
    }
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
