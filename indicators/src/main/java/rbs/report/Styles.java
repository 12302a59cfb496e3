package rbs.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.BorderStyle;
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

  /** One step of a look, as POI's cell-style setters take them, in the order they are taken. */
  sealed interface Op permits Font, Fill, Border, Horizontal, Vertical, Wrap, Indent, Format {}

  /** A new font: POI's default font (Calibri) in this size and colour, bold or italic. */
  record Font(boolean bold, boolean italic, int points, String rgb) implements Op {}

  /** A solid fill of this colour: the foreground colour set, then the pattern. */
  record Fill(String rgb) implements Op {}

  /** A thin rule at the top or the bottom of the cell. */
  record Border(boolean top) implements Op {}

  record Horizontal(HorizontalAlignment alignment) implements Op {}

  record Vertical(VerticalAlignment alignment) implements Op {}

  /** Text wrapped in the cell. */
  record Wrap() implements Op {}

  record Indent(int indent) implements Op {}

  /** A number format by its code, a built-in one's index where it is one. */
  record Format(String code) implements Op {}

  private static final Op TOP = new Vertical(VerticalAlignment.TOP);
  private static final Op WRAP = new Wrap();
  private static final Op BLACK_BOLD = new Font(true, false, 11, "000000");

  private final XSSFWorkbook workbook;
  // the cell formats as text (a report workbook), else POI's
  private final Optional<StylesText> text;
  // asked for on every cell: hashed; written in the order of their names (writeNamedStyles)
  private final Map<String, Style> cache = new HashMap<>();
  private final Map<String, Named> named = new TreeMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    this.text =
        workbook.getStylesSource() instanceof StylesText t ? Optional.of(t) : Optional.empty();
  }

  Style title() {
    return cached("title", Named.TITLE, new Font(true, false, 14, "1F3864"));
  }

  Style subtitle() {
    return cached("subtitle", Named.HEADING_2, BLACK_BOLD);
  }

  /** A short note beside a right-aligned number, indented so the two do not touch. */
  Style note() {
    return cached("note", Named.NORMAL, new Indent(1), TOP);
  }

  /** Bold body text, top aligned like the numbers beside it (not a heading). */
  Style bold() {
    return cached("bold", Named.NORMAL, BLACK_BOLD, TOP);
  }

  Style warning() {
    return cached("warning", Named.WARNING, new Font(true, false, 11, "C00000"));
  }

  Style text() {
    return cached("text", Named.NORMAL, TOP);
  }

  Style wrapped() {
    return cached("wrapped", Named.NORMAL, WRAP, TOP);
  }

  /** A goal row of the overview: bold, wrapped. */
  Style goal() {
    return cached("goal", Named.HEADING_3, BLACK_BOLD, WRAP, TOP, new Border(true));
  }

  /** An indicator row under its goal: indented, wrapped. */
  Style indented() {
    return cached("indented", Named.NORMAL, new Indent(2), WRAP, TOP);
  }

  /** A table's header cell: bold on the pale blue band, a rule below, wrapped. */
  Style header() {
    return cached(
        "header",
        Named.HEADING_4,
        BLACK_BOLD,
        new Fill("D9E1F2"),
        new Border(false),
        WRAP,
        new Vertical(VerticalAlignment.CENTER));
  }

  /** The header of a column of numbers: aligned right, over its numbers. */
  Style numberHeader() {
    return cached(
        "numberHeader",
        Named.HEADING_4,
        BLACK_BOLD,
        new Fill("D9E1F2"),
        new Border(false),
        WRAP,
        new Vertical(VerticalAlignment.CENTER),
        new Horizontal(HorizontalAlignment.RIGHT));
  }

  Style footnote() {
    return cached("footnote", Named.EXPLANATORY, new Font(false, true, 9, "404040"));
  }

  /** A footnote wrapped within its (merged) cells, for a note under a narrow table. */
  Style wrappedFootnote() {
    return cached(
        "footnoteWrapped", Named.EXPLANATORY, new Font(false, true, 9, "404040"), WRAP, TOP);
  }

  Style centered() {
    return cached("centered", Named.NORMAL, new Horizontal(HorizontalAlignment.CENTER), TOP);
  }

  /** A count or sum with the given number of decimals and a thousands separator. */
  Style number(int decimals) {
    return number(decimals, false);
  }

  /** A count or sum, marked " *" when some of its months had no data. */
  Style number(int decimals, boolean incomplete) {
    String code = (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)) + mark(incomplete);
    return cached("number" + decimals + mark(incomplete), Named.NORMAL, new Format(code), TOP);
  }

  /** An amount of money shown with its unit: 1560 → "1 560 tkr". */
  Style money(Money money, int decimals, boolean incomplete) {
    String code =
        (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))
            + "\" "
            + money.word()
            + "\""
            + mark(incomplete);
    return cached(
        "money" + money.word() + decimals + mark(incomplete), Named.NORMAL, new Format(code), TOP);
  }

  /** A share stored in percent, shown with a literal " %" (80 → "80 %"). */
  Style percent(int decimals) {
    return percent(decimals, false);
  }

  /** A share in percent, marked " *" when some of its months had no data. */
  Style percent(int decimals, boolean incomplete) {
    String code = (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "\" %\"" + mark(incomplete);
    return cached("percent" + decimals + mark(incomplete), Named.NORMAL, new Format(code), TOP);
  }

  /**
   * A change, always signed ("+12", "-3.5 p.e."), with its decimals and an optional word after it,
   * marked " *" when either side had months without data.
   */
  Style signed(int decimals, String word, boolean incomplete) {
    String n = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    String tail = (word.isEmpty() ? "" : "\" " + word + "\"") + mark(incomplete);
    String code = "+" + n + tail + ";-" + n + tail + ";" + n + tail;
    return cached(
        "signed" + decimals + word + mark(incomplete), Named.NORMAL, new Format(code), TOP);
  }

  private static String mark(boolean incomplete) {
    return incomplete ? "\" " + INCOMPLETE_MARK + "\"" : "";
  }

  /**
   * A date shown with the format code: "yyyy-mm-dd", "yyyy-mm", or a month name in the language
   * ({@code [$-41D]mmm} is Swedish "maj" wherever the workbook is opened).
   */
  Style date(String code, HorizontalAlignment alignment) {
    return cached(
        "date " + code + alignment, Named.NORMAL, new Format(code), TOP, new Horizontal(alignment));
  }

  /** A year as a number without a thousands separator, left aligned like a label. */
  Style year() {
    return date("0", HorizontalAlignment.LEFT);
  }

  /** A date in the subtitle's bold, left aligned. */
  Style boldDate(String code) {
    return cached(
        "subtitle-date " + code,
        Named.HEADING_2,
        new Format(code),
        TOP,
        BLACK_BOLD,
        new Horizontal(HorizontalAlignment.LEFT));
  }

  /** The fulfilment word on its colour, centred. */
  Style status(Status status) {
    return cached(
        "status-" + status.key(),
        status == Status.MET
            ? Named.GOOD
            : status == Status.PARTLY
                ? Named.NEUTRAL
                : status == Status.NOT_MET ? Named.BAD : Named.NORMAL,
        new Fill(STATUS_FILL.get(status)),
        new Horizontal(HorizontalAlignment.CENTER),
        TOP);
  }

  /**
   * The look of this name, made on first use from its steps (the same name always has the same
   * steps and base): as text in a report workbook, else through POI's setters.
   */
  Style cached(String name, Named base, Op... ops) {
    Style known = cache.get(name);
    if (known != null) {
      return known;
    }
    // a name has one base
    named.put(name, base);
    Style style;
    if (text.isPresent()) {
      style = new Style(text.get().add(List.of(ops)), Optional.empty(), text.get());
    } else {
      XSSFCellStyle s = workbook.createCellStyle();
      for (Op op : ops) {
        apply(s, op);
      }
      style =
          new Style(Short.toUnsignedInt(s.getIndex()), Optional.of(s), workbook.getStylesSource());
    }
    cache.put(name, style);
    return style;
  }

  private void apply(XSSFCellStyle s, Op op) {
    if (op instanceof Font f) {
      s.setFont(font(f.bold(), f.italic(), f.points(), f.rgb()));
    } else if (op instanceof Fill f) {
      fill(s, f.rgb());
    } else if (op instanceof Border b) {
      if (b.top()) {
        s.setBorderTop(BorderStyle.THIN);
      } else {
        s.setBorderBottom(BorderStyle.THIN);
      }
    } else if (op instanceof Horizontal h) {
      s.setAlignment(h.alignment());
    } else if (op instanceof Vertical v) {
      s.setVerticalAlignment(v.alignment());
    } else if (op instanceof Wrap) {
      s.setWrapText(true);
    } else if (op instanceof Indent i) {
      s.setIndention((short) i.indent());
    } else if (op instanceof Format f) {
      s.setDataFormat(workbook.createDataFormat().getFormat(f.code()));
    } else {
      throw new AssertionError(op);
    }
  }

  /**
   * Writes the cell-style table: one cell-style format per named style in use (with the font, fill
   * and border of the first look based on it), each look's format pointing at its named style, and
   * the names with their built-in ids. Called once, when every cell is written.
   */
  void writeNamedStyles() {
    Map<Named, Integer> ids = new LinkedHashMap<>();
    ids.put(Named.NORMAL, 0);
    for (Map.Entry<String, Style> e : new TreeMap<>(cache).entrySet()) {
      Named base = named.get(e.getKey());
      if (base == Named.NORMAL) {
        continue;
      }
      Style style = e.getValue();
      int id;
      if (text.isPresent()) {
        id = ids.computeIfAbsent(base, k -> text.get().addCellStyleFormat(style.index()));
        text.get().baseOn(style.index(), id);
      } else {
        id = ids.computeIfAbsent(base, k -> poiCellStyleFormat(style));
        style.poi().orElseThrow().getCoreXf().setXfId(id);
      }
    }
    if (text.isPresent()) {
      text.get().cellStyles(ids);
    } else {
      poiCellStyles(ids);
    }
  }

  /** A cell-style format with the look's font, fill and border, added to POI's table. */
  private int poiCellStyleFormat(Style style) {
    CTXf core = style.poi().orElseThrow().getCoreXf();
    CTXf xf = CTXf.Factory.newInstance();
    xf.setNumFmtId(0);
    xf.setFontId(core.getFontId());
    xf.setFillId(core.getFillId());
    xf.setBorderId(core.getBorderId());
    // putCellStyleXf returns the list's new size, not the new format's index
    return workbook.getStylesSource().putCellStyleXf(xf) - 1;
  }

  private void poiCellStyles(Map<Named, Integer> ids) {
    StylesTable table = workbook.getStylesSource();
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
