package rbs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellAlignment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STHorizontalAlignment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STVerticalAlignment;

/**
 * A report workbook's styles part, its cell formats kept and written as text: the bytes POI's
 * {@link StylesTable} writes for the same looks made through its setters ({@link Styles}), with
 * POI's ways kept (each look's font a new one, a fill's colour and its pattern two fills, the
 * attributes in the order the setters set them, custom number formats from 164 on), so that the
 * workbook is the one POI would have written. Making a look through POI costs its XML objects
 * (fonts, fills, borders and formats searched by their XML text), then their serialisation; this
 * costs a few strings.
 *
 * <p>A workbook whose formats are POI's as well as these is refused when it is saved: POI's would
 * be lost.
 */
final class StylesText extends StylesTable {

  /** The first custom number format's id (POI's, and Excel's: below it they are built in). */
  private static final int FIRST_CUSTOM_FORMAT = 164;

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

  /** POI's default font as it writes it (its default fills and border: the lists' first items). */
  private static final String DEFAULT_FONT =
      "<font><sz val=\"11.0\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>"
          + "<scheme val=\"minor\"/></font>";

  private static final String DEFAULT_BORDER =
      "<border><left/><right/><top/><bottom/><diagonal/></border>";

  /** A fill as POI makes it: a pattern, and a foreground colour (ARGB) or none (""). */
  private record Fill(String pattern, String argb) {
    // written out, as on Period (why there): each workbook's looks are found among its fills
    @Override
    public boolean equals(Object o) {
      return o instanceof Fill f && pattern.equals(f.pattern) && argb.equals(f.argb);
    }

    @Override
    public int hashCode() {
      return 31 * pattern.hashCode() + argb.hashCode();
    }

    String xml() {
      return argb.isEmpty()
          ? "<fill><patternFill patternType=\"" + pattern + "\"/></fill>"
          : "<fill><patternFill patternType=\""
              + pattern
              + "\"><fgColor rgb=\""
              + argb
              + "\"/></patternFill></fill>";
    }
  }

  /** A border: the default one (every side empty), or thin rules at the top and/or bottom. */
  private record Border(boolean isDefault, boolean top, boolean bottom) {
    // written out, as Fill's
    @Override
    public boolean equals(Object o) {
      return o instanceof Border b
          && isDefault == b.isDefault
          && top == b.top
          && bottom == b.bottom;
    }

    @Override
    public int hashCode() {
      return (isDefault ? 4 : 0) | (top ? 2 : 0) | (bottom ? 1 : 0);
    }

    String xml() {
      if (isDefault) {
        return DEFAULT_BORDER;
      }
      return "<border>"
          + (top ? "<top style=\"thin\"/>" : "")
          + (bottom ? "<bottom style=\"thin\"/>" : "")
          + "</border>";
    }
  }

  /** A cell format: its attributes and its alignment's, each in the order first set. */
  private static final class Xf {
    final Map<String, String> attributes = new LinkedHashMap<>();
    final Map<String, String> alignment = new LinkedHashMap<>();

    Xf() {
      attributes.put("numFmtId", "0");
      attributes.put("fontId", "0");
      attributes.put("fillId", "0");
      attributes.put("borderId", "0");
      attributes.put("xfId", "0");
    }

    int index(String attribute) {
      return Integer.parseInt(attributes.get(attribute));
    }
  }

  private final List<String> fonts = new ArrayList<>(List.of(DEFAULT_FONT));
  private final List<Fill> fills =
      new ArrayList<>(List.of(new Fill("none", ""), new Fill("darkGray", "")));
  private final List<Border> borders = new ArrayList<>(List.of(new Border(true, false, false)));
  private final TreeMap<Integer, String> formats = new TreeMap<>();
  private final Map<String, Integer> formatIds = new HashMap<>();
  // the cell formats after POI's default one (index 0)
  private final List<Xf> xfs = new ArrayList<>();
  // the cell-style formats after POI's default one, as font, fill and border ids
  private final List<int[]> styleXfs = new ArrayList<>();
  private String cellStyles = "";
  // the looks' formats as POI's objects, made when POI asks for them (getCellXfAt)
  private final Map<Integer, CTXf> poiViews = new HashMap<>();

  /**
   * Adds a look made by these steps, as POI's {@code createCellStyle} and its setters would.
   *
   * @return the new cell format's index
   * @throws IllegalArgumentException for a number format code with a character this does not write
   *     as POI's serialiser would (a control character, a line break): the codes are rbs's own
   */
  int add(List<Styles.Op> ops) {
    Xf xf = new Xf();
    for (Styles.Op op : ops) {
      apply(xf, op);
    }
    xfs.add(xf);
    return xfs.size();
  }

  private void apply(Xf xf, Styles.Op op) {
    if (op instanceof Styles.Font f) {
      fonts.add(font(f));
      xf.attributes.put("fontId", String.valueOf(fonts.size() - 1));
      xf.attributes.put("applyFont", "true");
    } else if (op instanceof Styles.Fill f) {
      // setFillForegroundColor, then setFillPattern: each a copy of the format's fill
      String argb = "FF" + f.rgb().toUpperCase(Locale.ROOT);
      Fill current = fills.get(xf.index("fillId"));
      putFill(xf, new Fill(current.pattern(), argb));
      putFill(xf, new Fill("solid", argb));
    } else if (op instanceof Styles.Border b) {
      // a copy of the format's border once it has one of its own, else a new empty one
      Border current =
          xf.attributes.containsKey("applyBorder")
              ? borders.get(xf.index("borderId"))
              : new Border(false, false, false);
      Border border = new Border(false, current.top() || b.top(), current.bottom() || !b.top());
      xf.attributes.put("borderId", String.valueOf(put(borders, border)));
      xf.attributes.put("applyBorder", "true");
    } else if (op instanceof Styles.Horizontal h) {
      xf.attributes.put("applyAlignment", "true");
      xf.alignment.put("horizontal", horizontal(h.alignment()));
    } else if (op instanceof Styles.Vertical v) {
      xf.attributes.put("applyAlignment", "true");
      xf.alignment.put("vertical", vertical(v.alignment()));
    } else if (op instanceof Styles.Wrap) {
      xf.alignment.put("wrapText", "true");
    } else if (op instanceof Styles.Indent i) {
      xf.alignment.put("indent", String.valueOf(i.indent()));
    } else if (op instanceof Styles.Format f) {
      xf.attributes.put("applyNumberFormat", "true");
      xf.attributes.put("numFmtId", String.valueOf(format(f.code())));
    } else {
      throw new AssertionError(op);
    }
  }

  private void putFill(Xf xf, Fill fill) {
    xf.attributes.put("fillId", String.valueOf(put(fills, fill)));
    xf.attributes.put("applyFill", "true");
  }

  /**
   * The index of an equal item, else of the item added: POI's {@code putFill}, {@code putBorder}.
   */
  private static <T> int put(List<T> list, T item) {
    int index = list.indexOf(item);
    if (index >= 0) {
      return index;
    }
    list.add(item);
    return list.size() - 1;
  }

  /** A built-in format's index, or a custom one's, added from 164 on as POI does. */
  private int format(String code) {
    int builtin = BuiltinFormats.getBuiltinFormat(code);
    if (builtin >= 0) {
      return builtin;
    }
    Integer known = formatIds.get(code);
    if (known != null) {
      return known;
    }
    if (!PackageText.plain(code)) {
      throw new IllegalArgumentException("a number format code with a character of its own");
    }
    int id = formats.isEmpty() ? FIRST_CUSTOM_FORMAT : formats.lastKey() + 1;
    formats.put(id, code);
    formatIds.put(code, id);
    return id;
  }

  /**
   * Adds a cell-style format with the font, fill and border of the cell format at {@code index}.
   *
   * @return the new cell-style format's index
   */
  int addCellStyleFormat(int index) {
    Xf xf = xfs.get(index - 1);
    styleXfs.add(new int[] {xf.index("fontId"), xf.index("fillId"), xf.index("borderId")});
    return styleXfs.size();
  }

  /** Bases the cell format at {@code index} on the cell-style format {@code styleFormat}. */
  void baseOn(int index, int styleFormat) {
    xfs.get(index - 1).attributes.put("xfId", String.valueOf(styleFormat));
  }

  /** The named cell styles, each with its cell-style format's index. */
  void cellStyles(Map<Styles.Named, Integer> ids) {
    StringBuilder x = new StringBuilder("<cellStyles count=\"").append(ids.size()).append("\">");
    ids.forEach(
        (style, id) ->
            x.append("<cellStyle name=\"")
                .append(style.styleName)
                .append("\" xfId=\"")
                .append(id)
                .append("\" builtinId=\"")
                .append(style.builtinId)
                .append("\"/>"));
    cellStyles = x.append("</cellStyles>").toString();
  }

  /**
   * A look's format as POI's objects, for POI's cells of a sheet handed to POI ({@link
   * ReportWorkbooks.Book#handCellsToPoi}): POI asks each cell's style when it writes the sheet, and
   * gives a cell whose style it does not know its column's.
   */
  @Override
  public CTXf getCellXfAt(int idx) {
    if (idx < 1 || idx > xfs.size()) {
      return super.getCellXfAt(idx);
    }
    return poiViews.computeIfAbsent(idx, i -> poiView(xfs.get(i - 1)));
  }

  @Override
  public XSSFCellStyle getStyleAt(int idx) {
    if (idx < 1 || idx > xfs.size()) {
      return super.getStyleAt(idx);
    }
    return new XSSFCellStyle(idx, 0, this, getTheme());
  }

  @Override
  public String getNumberFormatAt(short fmtId) {
    String code = formats.get(Short.toUnsignedInt(fmtId));
    return code == null ? super.getNumberFormatAt(fmtId) : code;
  }

  private static CTXf poiView(Xf xf) {
    CTXf view = CTXf.Factory.newInstance();
    xf.attributes.forEach(
        (name, value) -> {
          switch (name) {
            case "numFmtId" -> view.setNumFmtId(Long.parseLong(value));
            case "fontId" -> view.setFontId(Long.parseLong(value));
            case "fillId" -> view.setFillId(Long.parseLong(value));
            case "borderId" -> view.setBorderId(Long.parseLong(value));
            case "xfId" -> view.setXfId(Long.parseLong(value));
            case "applyFont" -> view.setApplyFont(true);
            case "applyFill" -> view.setApplyFill(true);
            case "applyBorder" -> view.setApplyBorder(true);
            case "applyAlignment" -> view.setApplyAlignment(true);
            case "applyNumberFormat" -> view.setApplyNumberFormat(true);
            default -> throw new AssertionError(name);
          }
        });
    if (!xf.alignment.isEmpty()) {
      CTCellAlignment alignment = view.addNewAlignment();
      xf.alignment.forEach(
          (name, value) -> {
            switch (name) {
              case "horizontal" ->
                  alignment.setHorizontal(STHorizontalAlignment.Enum.forString(value));
              case "vertical" -> alignment.setVertical(STVerticalAlignment.Enum.forString(value));
              case "wrapText" -> alignment.setWrapText(true);
              case "indent" -> alignment.setIndent(Long.parseLong(value));
              default -> throw new AssertionError(name);
            }
          });
    }
    return view;
  }

  /** Whether POI's own tables still hold only what POI starts a workbook with. */
  private boolean poiUntouched() {
    return getFonts().size() == 1
        && getFills().size() == 2
        && getBorders().size() == 1
        && getNumDataFormats() == 0
        && getNumCellStyles() == 1
        && _getStyleXfsSize() == 1
        && _getDXfsSize() == 0;
  }

  /**
   * The part: as text once a look was added here, else POI's own.
   *
   * @throws IllegalStateException when POI's tables were used as well
   */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    if (xfs.isEmpty() && cellStyles.isEmpty()) {
      super.writeTo(out);
      return;
    }
    if (!poiUntouched()) {
      throw new IllegalStateException("a workbook with cell formats of POI's and of rbs's");
    }
    out.write(xml().getBytes(StandardCharsets.UTF_8));
  }

  private String xml() {
    StringBuilder x = new StringBuilder(4096).append(HEAD);
    if (formats.isEmpty()) {
      x.append("<numFmts count=\"0\"/>");
    } else {
      x.append("<numFmts count=\"").append(formats.size()).append("\">");
      formats.forEach(
          (id, code) ->
              x.append("<numFmt numFmtId=\"")
                  .append(id)
                  .append("\" formatCode=\"")
                  .append(escape(code))
                  .append("\"/>"));
      x.append("</numFmts>");
    }
    x.append("<fonts count=\"").append(fonts.size()).append("\">");
    fonts.forEach(x::append);
    x.append("</fonts><fills count=\"").append(fills.size()).append("\">");
    fills.forEach(f -> x.append(f.xml()));
    x.append("</fills><borders count=\"").append(borders.size()).append("\">");
    borders.forEach(b -> x.append(b.xml()));
    x.append("</borders><cellStyleXfs count=\"").append(styleXfs.size() + 1).append("\">");
    x.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>");
    for (int[] s : styleXfs) {
      x.append("<xf numFmtId=\"0\" fontId=\"")
          .append(s[0])
          .append("\" fillId=\"")
          .append(s[1])
          .append("\" borderId=\"")
          .append(s[2])
          .append("\"/>");
    }
    x.append("</cellStyleXfs><cellXfs count=\"").append(xfs.size() + 1).append("\">");
    x.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
    for (Xf xf : xfs) {
      x.append("<xf");
      attributes(x, xf.attributes);
      if (xf.alignment.isEmpty()) {
        x.append("/>");
      } else {
        x.append("><alignment");
        attributes(x, xf.alignment);
        x.append("/></xf>");
      }
    }
    x.append("</cellXfs>").append(cellStyles).append("</styleSheet>");
    return x.toString();
  }

  private static void attributes(StringBuilder x, Map<String, String> attributes) {
    attributes.forEach((k, v) -> x.append(' ').append(k).append("=\"").append(v).append('"'));
  }

  /** A font as POI's {@code createFont} and its setters make it. */
  private static String font(Styles.Font f) {
    return "<font><name val=\"Calibri\"/><sz val=\""
        + f.points()
        + ".0\"/>"
        + (f.bold() ? "<b val=\"true\"/>" : "")
        + (f.italic() ? "<i val=\"true\"/>" : "")
        + "<color rgb=\"FF"
        + f.rgb().toUpperCase(Locale.ROOT)
        + "\"/></font>";
  }

  /**
   * The alignment's name in the part, by POI's own mapping (its code, as {@code
   * XSSFCellAlignment}).
   */
  private static String horizontal(HorizontalAlignment alignment) {
    return STHorizontalAlignment.Enum.forInt(alignment.getCode() + 1).toString();
  }

  private static String vertical(VerticalAlignment alignment) {
    return STVerticalAlignment.Enum.forInt(alignment.getCode() + 1).toString();
  }

  /** An attribute's value as XMLBeans writes it: the three entities. */
  private static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
