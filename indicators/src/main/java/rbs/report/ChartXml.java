package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A chart's part ({@code xl/charts/chartN.xml}) written as text, byte for byte what {@link
 * NativeCharts}'s drawing through POI's chart API writes for the same chart. Building the chart
 * through POI's XML objects was a fifth of the quick start (all 270 charts of its 15 workbooks: the
 * report without charts took 0.78x its time); this writes the same bytes from the spec and the data
 * sheet's cells, and the workbook's zip takes them in place of the empty chart POI saves ({@link
 * ReportWorkbooks.Book}, {@link WorkbookWriter.StampedZip}). Where a text could be written
 * differently (a control character, an unpaired surrogate, an empty text, a colour not in {@code
 * RRGGBB}, a formula among the data), {@link #of} declines and the chart is drawn through POI as
 * before. Escaping is POI's, not {@link ChartSvgWriter#escape}'s: {@code >} and {@code "} stay as
 * they are in text. {@code ChartXmlTest} draws random charts both ways and compares their bytes.
 */
final class ChartXml {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">";

  private static final Pattern RGB = Pattern.compile("[0-9A-F]{6}");

  private ChartXml() {}

  /** The chart's part as text, or empty where it is to be drawn through POI. */
  static Optional<String> of(ChartSpec spec, NativeCharts.Ranges ranges, String language) {
    if (!plain(spec.title())
        || !plain(spec.subtitle())
        || !plain(spec.categoryTitle())
        || !plain(spec.valueTitle())
        || !plain(language)
        || spec.series().isEmpty()) {
      return Optional.empty();
    }
    for (ChartSpec.Series s : spec.series()) {
      if (!plain(s.name()) || !RGB.matcher(s.rgb()).matches()) {
        return Optional.empty();
      }
    }
    // the cells as POI's chart data reads them; a formula POI would evaluate: drawn by POI
    Optional<List<String>> categories = read(ranges.sheet(), ranges.categories(), CellType.STRING);
    List<List<String>> values = new ArrayList<>();
    for (CellRangeAddress range : ranges.values()) {
      Optional<List<String>> numbers = read(ranges.sheet(), range, CellType.NUMERIC);
      if (numbers.isEmpty()) {
        return Optional.empty();
      }
      values.add(numbers.get());
    }
    if (categories.isEmpty() || categories.get().stream().anyMatch(c -> c != null && !plain(c))) {
      return Optional.empty();
    }
    StringBuilder x = new StringBuilder(8192);
    x.append(HEAD)
        .append("<c:lang val=\"")
        .append(XmlBeansText.attribute(language))
        .append("\"/><c:chart>");
    title(x, spec, language);
    x.append("<c:plotArea><c:layout/>");
    boolean bars = spec.kind() == ChartSpec.Kind.BAR;
    x.append(
        bars
            ? "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
            : "<c:lineChart><c:grouping val=\"standard\"/>");
    x.append("<c:varyColors val=\"false\"/>");
    String categoryRange = ranges.categories().formatAsString(ranges.sheet().getSheetName(), true);
    String categoryCache = cache("strCache", categories.get());
    for (int i = 0; i < spec.series().size(); i++) {
      ChartSpec.Series s = spec.series().get(i);
      x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i);
      x.append("\"/><c:tx><c:strRef><c:f>")
          .append(XmlBeansText.content(ranges.names().get(i).formatAsString()));
      x.append("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>");
      x.append(XmlBeansText.content(s.name()))
          .append("</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr>");
      if (bars) {
        fill(x, s.rgb());
        line(x, s.rgb(), 9525, "solid");
        x.append("</c:spPr>");
      } else {
        line(x, s.rgb(), 28575, dash(s.dash()));
        x.append("</c:spPr><c:marker>");
        if (s.markers()) {
          x.append("<c:symbol val=\"circle\"/><c:spPr>");
          fill(x, s.rgb());
          line(x, s.rgb(), 9525, "solid");
          x.append("</c:spPr>");
        } else {
          x.append("<c:symbol val=\"none\"/>");
        }
        x.append("</c:marker>");
      }
      x.append("<c:cat><c:strRef><c:f>")
          .append(XmlBeansText.content(categoryRange))
          .append("</c:f>");
      x.append(categoryCache);
      x.append("</c:strRef></c:cat><c:val><c:numRef><c:f>");
      CellRangeAddress range = ranges.values().get(i);
      x.append(XmlBeansText.content(range.formatAsString(ranges.sheet().getSheetName(), true)))
          .append("</c:f>");
      x.append(cache("numCache", values.get(i)));
      x.append("</c:numRef></c:val>");
      if (!bars) {
        x.append("<c:smooth val=\"false\"/>");
      }
      x.append("</c:ser>");
    }
    x.append(
        bars
            ? "<c:gapWidth val=\"60\"/><c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>"
            : "<c:marker val=\"true\"/><c:axId val=\"0\"/><c:axId val=\"1\"/></c:lineChart>");
    x.append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>");
    x.append("<c:delete val=\"false\"/><c:axPos val=\"b\"/>");
    axisTitle(x, spec.categoryTitle(), language);
    x.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>");
    x.append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/>");
    x.append("<c:auto val=\"false\"/></c:catAx>");
    x.append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/>");
    if (spec.percent()) {
      x.append("<c:max val=\"100.0\"/>");
    }
    x.append("<c:min val=\"0.0\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"l\"/>");
    x.append("<c:majorGridlines><c:spPr>");
    line(x, "D9D9D9", 9525, "solid");
    x.append("</c:spPr></c:majorGridlines>");
    axisTitle(x, spec.valueTitle(), language);
    x.append("<c:numFmt formatCode=\"")
        .append(spec.percent() ? "0&quot; %&quot;" : "#,##0")
        .append("\" sourceLinked=\"true\"/>");
    x.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>");
    x.append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/><c:crosses val=\"autoZero\"/>");
    x.append("<c:crossBetween val=\"").append(bars ? "between" : "midCat").append("\"/>");
    if (spec.percent()) {
      x.append("<c:majorUnit val=\"20.0\"/>");
    }
    x.append("</c:valAx></c:plotArea>");
    x.append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend>");
    x.append("<c:plotVisOnly val=\"false\"/><c:dispBlanksAs val=\"gap\"/></c:chart>");
    x.append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr lang=\"")
        .append(XmlBeansText.attribute(language))
        .append("\" sz=\"800\"/></a:pPr><a:endParaRPr lang=\"")
        .append(XmlBeansText.attribute(language))
        .append("\"/></a:p></c:txPr>");
    x.append("<c:printSettings><c:headerFooter/><c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\"");
    x.append(" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/></c:printSettings>");
    x.append("</c:chartSpace>");
    return Optional.of(x.toString());
  }

  /** Texts written as they are, but for escaping ({@link XmlBeansText#plain}). */
  private static boolean plain(String text) {
    return text != null && XmlBeansText.plain(text);
  }

  /** The title: the indicator's name in bold, then the details smaller. */
  private static void title(StringBuilder x, ChartSpec spec, String language) {
    String lang = XmlBeansText.attribute(language);
    x.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/>");
    x.append("<a:p><a:pPr algn=\"l\"><a:defRPr sz=\"1000\" b=\"true\" lang=\"").append(lang);
    x.append("\"/></a:pPr><a:r><a:rPr lang=\"").append(lang).append("\" sz=\"1000\" b=\"true\"/>");
    x.append("<a:t>")
        .append(XmlBeansText.content(spec.title()))
        .append("</a:t></a:r><a:endParaRPr lang=\"");
    x.append(lang).append("\" sz=\"1100\"/></a:p>");
    x.append("<a:p><a:pPr><a:defRPr sz=\"800\" b=\"false\" lang=\"").append(lang);
    x.append("\"/></a:pPr><a:r><a:rPr lang=\"").append(lang).append("\" sz=\"800\" b=\"false\"/>");
    x.append("<a:t>")
        .append(XmlBeansText.content(spec.subtitle()))
        .append("</a:t></a:r><a:endParaRPr lang=\"");
    x.append(lang).append("\"/></a:p>");
    x.append("</c:rich></c:tx><c:layout/><c:overlay val=\"false\"/></c:title>");
  }

  private static void axisTitle(StringBuilder x, String title, String language) {
    x.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/>");
    x.append("<a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r><a:rPr lang=\"");
    x.append(XmlBeansText.attribute(language))
        .append("\"/><a:t>")
        .append(XmlBeansText.content(title))
        .append("</a:t></a:r>");
    x.append("<a:endParaRPr lang=\"")
        .append(XmlBeansText.attribute(language))
        .append("\" sz=\"1100\"/></a:p>");
    x.append("</c:rich></c:tx><c:layout/><c:overlay val=\"false\"/></c:title>");
  }

  private static void fill(StringBuilder x, String rgb) {
    x.append("<a:solidFill><a:srgbClr val=\"").append(rgb).append("\"/></a:solidFill>");
  }

  private static void line(StringBuilder x, String rgb, int emu, String dash) {
    x.append("<a:ln w=\"").append(emu).append("\">");
    fill(x, rgb);
    x.append("<a:prstDash val=\"").append(dash).append("\"/></a:ln>");
  }

  private static String dash(ChartSpec.Dash dash) {
    return switch (dash) {
      case SOLID -> "solid";
      case DASH -> "dash";
      case DOT -> "sysDot";
    };
  }

  /**
   * A cache as POI fills it: the number of cells, then a point for each cell with a value (none at
   * all, and no count, when no cell has one).
   */
  private static String cache(String element, List<String> values) {
    int count = 0;
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v != null) {
        points.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(XmlBeansText.content(v));
        points.append("</c:v></c:pt>");
        count++;
      }
    }
    if (count == 0) {
      return "<c:" + element + "/>";
    }
    return "<c:"
        + element
        + "><c:ptCount val=\""
        + values.size()
        + "\"/>"
        + points
        + "</c:"
        + element
        + ">";
  }

  /**
   * The range's cells of the type, row by row and each column of a row after the other, as POI's
   * chart data reads them: a string cell's text, a numeric cell's value as Java writes a double,
   * null for a missing cell or one of another type; empty when a cell holds a formula.
   */
  private static Optional<List<String>> read(Sheet sheet, CellRangeAddress range, CellType type) {
    List<String> values = new ArrayList<>();
    Optional<SheetCells> set =
        sheet.getWorkbook() instanceof ReportWorkbooks.Book book
            ? book.cellsSet(sheet)
            : Optional.empty();
    if (set.isPresent()) {
      // cells set as text (then none of POI's: ReportWorkbooks.Book#cellTexts)
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
          values.add(set.get().type(r, c) == type ? set.get().value(r, c).orElseThrow() : null);
        }
      }
      return Optional.of(values);
    }
    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
      Row row = sheet.getRow(r);
      for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
        Cell cell = row == null ? null : row.getCell(c);
        CellType found = cell == null ? CellType.BLANK : cell.getCellType();
        if (found == CellType.FORMULA) {
          return Optional.empty();
        }
        values.add(
            found != type
                ? null
                : type == CellType.STRING
                    ? cell.getStringCellValue()
                    : Double.toString(cell.getNumericCellValue()));
      }
    }
    return Optional.of(values);
  }
}
