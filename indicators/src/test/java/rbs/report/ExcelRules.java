package rbs.report;

import static rbs.report.PackageRules.children;
import static rbs.report.PackageRules.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Excel requires or writes beyond the ECMA-376 schemas. A schema-valid part can still make
 * Excel offer to repair the workbook, or draw a chart unlike LibreOffice; each rule says which.
 *
 * <p>Charts, compared with what Excel writes when it saves the same chart:
 *
 * <ul>
 *   <li>A line chart has {@code c:grouping val="standard"}. The schema only requires the element
 *       (without it Excel repairs the chart away) and would also allow stacked, which sums the
 *       series: a target stacked on the outcome. Excel's "Line" chart type writes standard.
 *   <li>A line chart has {@code c:marker val="1"}, as every line chart Excel saves has: then each
 *       series' own {@code c:marker} (a circle, or {@code none}) decides, in Excel as in
 *       LibreOffice.
 *   <li>A bar chart has a {@code c:barDir} and a 2-D grouping: clustered, stacked or
 *       percentStacked. {@code standard} is allowed by the schema but is the grouping of 3-D bar
 *       charts; Excel never writes it for a 2-D one. Stacked groupings need {@code c:overlap
 *       val="100"} (Excel's own value), or Excel draws the stacked segments side by side.
 *   <li>The value axis of a bar chart crosses between categories ({@code c:crossBetween
 *       val="between"}), as Excel writes it: with {@code midCat} Excel centres the first and last
 *       bar on the plot area's edges and cuts them in half.
 *   <li>Every axis says where it crosses ({@code c:crosses} or {@code c:crossesAt}; Excel always
 *       writes one), and every axis id a chart or axis refers to exists in the plot area, once: a
 *       dangling or repeated axis id is one of the errors Excel repairs by dropping the chart.
 * </ul>
 *
 * <p>Workbook, worksheets, shared strings and drawings:
 *
 * <ul>
 *   <li>Sheet names are 1 to 31 characters, without {@code []:*?/\}, not starting or ending with an
 *       apostrophe, unique ignoring case (the schema allows any string; Excel repairs the
 *       workbook).
 *   <li>A header or footer is at most 255 characters (Excel's limit; the schema has none).
 *   <li>A cell's text is at most 32,767 characters (Excel's limit; the schema has none).
 *   <li>Rows come in ascending order, each cell in its own row, a row's cells in ascending columns
 *       (the schema cannot say so; Excel repairs the sheet's cells). The cells are written as text
 *       ({@link SheetCells}), where POI's row and cell maps no longer order them.
 *   <li>A defined name local to a sheet ({@code localSheetId}) names an existing sheet.
 *   <li>The shapes of a drawing have distinct {@code cNvPr} ids (the schema does not say they must;
 *       Excel repairs a drawing with repeated ids).
 * </ul>
 *
 * <p>Styles (ECMA-376 Part 1, 18.8; the schema types every index as a number and cannot check one):
 *
 * <ul>
 *   <li>Every index resolves: a cell format's font, fill, border and cell-style format, a
 *       cell-style format's font, fill and border, a named cell style's format ({@code xfId}, "a
 *       zero-based index, referencing an xf record in the cellStyleXfs collection"), and every
 *       number format id is a built-in one (below 164) or declared in {@code numFmts}.
 *   <li>Each list's {@code count} is the number of its items.
 *   <li>Every cell's, row's and column's style ({@code s}, {@code style}) is a cell format of the
 *       styles part, and every shared-string cell's value is an item of the shared strings: the
 *       worksheets' cells are written as text ({@link SheetCells}), where nothing else checks them.
 * </ul>
 */
final class ExcelRules {

  static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  static final String SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

  static final int MAX_SHEET_NAME = 31;
  static final int MAX_HEADER_FOOTER = 255;
  static final int MAX_CELL_TEXT = 32_767;

  private static final Pattern BAD_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");
  private static final Set<String> AXES = Set.of("catAx", "valAx", "dateAx", "serAx");
  private static final Set<String> HEADERS =
      Set.of("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter");

  private ExcelRules() {}

  /** The rules broken by one part, as messages; parts without rules give none. */
  static List<String> check(String contentType, Document part) {
    Element root = part.getDocumentElement();
    if (contentType.endsWith(".chart+xml")) {
      return chart(root);
    }
    if (contentType.endsWith(".sheet.main+xml")) {
      return sheetNames(root);
    }
    if (contentType.endsWith(".worksheet+xml")) {
      List<String> problems = new ArrayList<>(headersAndFooters(root));
      problems.addAll(cellTexts(root, "is"));
      problems.addAll(cellOrder(root));
      return problems;
    }
    if (contentType.endsWith(".sharedStrings+xml")) {
      return cellTexts(root, "si");
    }
    if (contentType.endsWith(".drawing+xml")) {
      return shapeIds(root);
    }
    if (contentType.endsWith(".styles+xml")) {
      return styles(root);
    }
    return List.of();
  }

  /**
   * The references of a worksheet's cells, rows and columns into the workbook's cell formats and
   * shared strings that do not resolve; a workbook without a styles part has only the default
   * format (0), without shared strings none.
   */
  static List<String> cellReferences(
      Document worksheet, Optional<Document> styles, Optional<Document> strings) {
    int formats =
        styles
            .flatMap(d -> all(d.getDocumentElement(), SML, "cellXfs").stream().findFirst())
            .map(x -> children(x).size())
            .orElse(1);
    int items = strings.map(d -> children(d.getDocumentElement()).size()).orElse(0);
    List<String> problems = new ArrayList<>();
    Element root = worksheet.getDocumentElement();
    for (Element c : all(root, SML, "c")) {
      String where = "cell " + c.getAttribute("r");
      formatIndex(c.getAttribute("s"), formats, where, problems);
      if (c.getAttribute("t").equals("s")) {
        Optional<Element> v = children(c).stream().filter(e -> is(e, SML, "v")).findFirst();
        String value = v.map(Element::getTextContent).orElse("");
        if (!value.matches("\\d+") || Long.parseLong(value) >= items) {
          problems.add(
              "rule: "
                  + where
                  + " refers to shared string '"
                  + value
                  + "', but there are "
                  + items);
        }
      }
    }
    for (Element row : all(root, SML, "row")) {
      formatIndex(row.getAttribute("s"), formats, "row " + row.getAttribute("r"), problems);
    }
    for (Element col : all(root, SML, "col")) {
      formatIndex(
          col.getAttribute("style"), formats, "column " + col.getAttribute("min"), problems);
    }
    return problems;
  }

  private static void formatIndex(String s, int formats, String where, List<String> problems) {
    if (!s.isEmpty() && Long.parseLong(s) >= formats) {
      problems.add(
          "rule: " + where + " has style " + s + ", but there are " + formats + " cell formats");
    }
  }

  /** Below this, a number format id is one of the built-in formats and need not be declared. */
  static final int FIRST_CUSTOM_NUMBER_FORMAT = 164;

  private static final List<String> STYLE_LISTS =
      List.of(
          "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs");

  private static List<String> styles(Element styleSheet) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (Element list : children(styleSheet)) {
      String name = list.getLocalName();
      if (!STYLE_LISTS.contains(name)) {
        continue;
      }
      int items = children(list).size();
      sizes.put(name, items);
      String count = list.getAttribute("count");
      if (!count.isEmpty() && !count.equals(String.valueOf(items))) {
        problems.add("rule: " + name + " has count " + count + " but " + items + " items");
      }
    }
    Set<String> numberFormats = new HashSet<>();
    for (Element f : all(styleSheet, SML, "numFmt")) {
      numberFormats.add(f.getAttribute("numFmtId"));
    }
    for (String list : List.of("cellStyleXfs", "cellXfs")) {
      for (Element parent : all(styleSheet, SML, list)) {
        List<Element> xfs = children(parent);
        for (int i = 0; i < xfs.size(); i++) {
          String where = list + " xf " + i;
          Element xf = xfs.get(i);
          index(xf, "fontId", sizes.get("fonts"), where, problems);
          index(xf, "fillId", sizes.get("fills"), where, problems);
          index(xf, "borderId", sizes.get("borders"), where, problems);
          if (list.equals("cellXfs")) {
            index(xf, "xfId", sizes.get("cellStyleXfs"), where, problems);
          }
          String format = xf.getAttribute("numFmtId");
          if (!format.isEmpty()
              && !numberFormats.contains(format)
              && !(Integer.parseInt(format) < FIRST_CUSTOM_NUMBER_FORMAT)) {
            problems.add("rule: " + where + " has numFmtId " + format + ", which is not declared");
          }
        }
      }
    }
    for (Element style : all(styleSheet, SML, "cellStyle")) {
      index(
          style,
          "xfId",
          sizes.get("cellStyleXfs"),
          "cell style '" + style.getAttribute("name") + "'",
          problems);
    }
    return problems;
  }

  /** An index attribute, if present, is below the number of items of the list it points into. */
  private static void index(
      Element e, String attribute, Integer listSize, String where, List<String> problems) {
    String value = e.getAttribute(attribute);
    if (value.isEmpty()) {
      return;
    }
    int size = listSize == null ? 0 : listSize;
    if (Long.parseLong(value) >= size) {
      problems.add(
          "rule: "
              + where
              + " has "
              + attribute
              + " "
              + value
              + ", but the list it points into has "
              + size
              + " items");
    }
  }

  private static List<String> chart(Element chartSpace) {
    List<String> problems = new ArrayList<>();
    for (Element plotArea : all(chartSpace, C, "plotArea")) {
      Map<String, Element> axes = new HashMap<>();
      for (Element axis : children(plotArea)) {
        if (C.equals(axis.getNamespaceURI()) && AXES.contains(axis.getLocalName())) {
          String id = val(axis, "axId").orElse("");
          if (axes.put(id, axis) != null) {
            problems.add("rule: axis id " + id + " is used by two axes");
          }
          if (child(axis, "crosses").isEmpty() && child(axis, "crossesAt").isEmpty()) {
            problems.add("rule: " + axis.getLocalName() + " " + id + " has no c:crosses");
          }
        }
      }
      for (Element axis : axes.values()) {
        String other = val(axis, "crossAx").orElse("");
        if (!axes.containsKey(other)) {
          problems.add("rule: " + axis.getLocalName() + " crosses a missing axis " + other);
        }
      }
      for (Element group : children(plotArea)) {
        List<String> ids = new ArrayList<>();
        for (Element axId : children(group)) {
          if (is(axId, C, "axId")) {
            ids.add(axId.getAttribute("val"));
          }
        }
        if (!ids.isEmpty() && !axes.keySet().containsAll(ids)) {
          problems.add("rule: " + group.getLocalName() + " refers to missing axes " + ids);
        }
        if (is(group, C, "lineChart")) {
          problems.addAll(lineChart(group));
        } else if (is(group, C, "barChart")) {
          problems.addAll(barChart(group, ids, axes));
        }
      }
    }
    return problems;
  }

  private static List<String> lineChart(Element chart) {
    List<String> problems = new ArrayList<>();
    String grouping = val(chart, "grouping").orElse("(none)");
    if (!grouping.equals("standard")) {
      problems.add("rule: a line chart's grouping is standard, not " + grouping);
    }
    Optional<Element> marker = child(chart, "marker");
    if (marker.isEmpty() || !bool(marker.get())) {
      problems.add("rule: a line chart has c:marker val=\"1\"");
    }
    return problems;
  }

  private static List<String> barChart(Element chart, List<String> ids, Map<String, Element> axes) {
    List<String> problems = new ArrayList<>();
    if (child(chart, "barDir").isEmpty()) {
      problems.add("rule: a bar chart has a c:barDir");
    }
    String grouping = val(chart, "grouping").orElse("clustered");
    int overlap = Integer.parseInt(val(chart, "overlap").orElse("0"));
    if (!Set.of("clustered", "stacked", "percentStacked").contains(grouping)) {
      problems.add("rule: a 2-D bar chart's grouping is clustered or stacked, not " + grouping);
    } else if (!grouping.equals("clustered") && overlap != 100) {
      problems.add("rule: a " + grouping + " bar chart has c:overlap 100, not " + overlap);
    }
    for (String id : ids) {
      Element axis = axes.get(id);
      if (axis != null && is(axis, C, "valAx")) {
        String between = val(axis, "crossBetween").orElse("(none)");
        if (!between.equals("between")) {
          problems.add("rule: a bar chart's value axis crosses between, not " + between);
        }
      }
    }
    return problems;
  }

  private static List<String> sheetNames(Element workbook) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element sheet : all(workbook, SML, "sheet")) {
      String name = sheet.getAttribute("name");
      if (name.isEmpty()
          || name.length() > MAX_SHEET_NAME
          || BAD_SHEET_NAME.matcher(name).find()
          || name.startsWith("'")
          || name.endsWith("'")) {
        problems.add("rule: '" + name + "' is no sheet name Excel accepts");
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        problems.add("rule: sheet name '" + name + "' is used twice (ignoring case)");
      }
    }
    int sheets = all(workbook, SML, "sheet").size();
    for (Element name : all(workbook, SML, "definedName")) {
      String local = name.getAttribute("localSheetId");
      if (!local.isEmpty() && Long.parseLong(local) >= sheets) {
        problems.add(
            "rule: defined name "
                + name.getAttribute("name")
                + " belongs to sheet "
                + local
                + ", but there are "
                + sheets);
      }
    }
    return problems;
  }

  /**
   * Rows in ascending order, each cell in its row, and a row's cells in ascending columns, as Excel
   * writes and reads them (the schema cannot say so; Excel repairs the sheet's cells).
   */
  private static List<String> cellOrder(Element worksheet) {
    List<String> problems = new ArrayList<>();
    long lastRow = 0;
    for (Element row : all(worksheet, SML, "row")) {
      String r = row.getAttribute("r");
      long number = r.isEmpty() ? lastRow + 1 : Long.parseLong(r);
      if (number <= lastRow) {
        problems.add("rule: row " + number + " comes after row " + lastRow);
      }
      lastRow = number;
      long lastColumn = 0;
      for (Element c : children(row)) {
        if (!is(c, SML, "c") || c.getAttribute("r").isEmpty()) {
          continue;
        }
        org.apache.poi.ss.util.CellReference ref =
            new org.apache.poi.ss.util.CellReference(c.getAttribute("r"));
        if (ref.getRow() + 1 != number) {
          problems.add("rule: cell " + c.getAttribute("r") + " is in row " + number);
        }
        if (ref.getCol() + 1 <= lastColumn) {
          problems.add(
              "rule: cell " + c.getAttribute("r") + " comes after a cell of a later column");
        }
        lastColumn = ref.getCol() + 1L;
      }
    }
    return problems;
  }

  private static List<String> headersAndFooters(Element worksheet) {
    List<String> problems = new ArrayList<>();
    for (Element headerFooter : all(worksheet, SML, "headerFooter")) {
      for (Element text : children(headerFooter)) {
        if (HEADERS.contains(text.getLocalName())
            && text.getTextContent().length() > MAX_HEADER_FOOTER) {
          problems.add(
              "rule: "
                  + text.getLocalName()
                  + " has "
                  + text.getTextContent().length()
                  + " characters, more than "
                  + MAX_HEADER_FOOTER);
        }
      }
    }
    return problems;
  }

  /** The text of each shared string item or inline string, runs included. */
  private static List<String> cellTexts(Element root, String item) {
    List<String> problems = new ArrayList<>();
    for (Element string : all(root, SML, item)) {
      StringBuilder text = new StringBuilder();
      for (Element t : all(string, SML, "t")) {
        if (!(t.getParentNode() instanceof Element
            && is((Element) t.getParentNode(), SML, "rPh"))) {
          text.append(t.getTextContent());
        }
      }
      if (text.length() > MAX_CELL_TEXT) {
        problems.add("rule: a cell text has " + text.length() + " characters");
      }
    }
    return problems;
  }

  private static List<String> shapeIds(Element drawing) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element properties : all(drawing, XDR, "cNvPr")) {
      if (!seen.add(properties.getAttribute("id"))) {
        problems.add("rule: shape id " + properties.getAttribute("id") + " is used twice");
      }
    }
    return problems;
  }

  private static List<Element> all(Element root, String namespace, String localName) {
    NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Optional<Element> child(Element parent, String localName) {
    return children(parent).stream().filter(e -> is(e, C, localName)).findFirst();
  }

  private static Optional<String> val(Element parent, String localName) {
    return child(parent, localName).map(e -> e.getAttribute("val"));
  }

  /** CT_Boolean: {@code val} defaults to true. */
  private static boolean bool(Element e) {
    String v = e.getAttribute("val");
    return v.isEmpty() || v.equals("1") || v.equals("true");
  }
}
