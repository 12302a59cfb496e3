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
 *   <li>The shapes of a drawing have distinct {@code cNvPr} ids (the schema does not say they must;
 *       Excel repairs a drawing with repeated ids).
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
      return problems;
    }
    if (contentType.endsWith(".sharedStrings+xml")) {
      return cellTexts(root, "si");
    }
    if (contentType.endsWith(".drawing+xml")) {
      return shapeIds(root);
    }
    return List.of();
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
