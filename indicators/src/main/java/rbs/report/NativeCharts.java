package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xddf.usermodel.text.XDDFTextBody;
import org.apache.poi.xddf.usermodel.text.XDDFTextParagraph;
import org.apache.poi.xddf.usermodel.text.XDDFTextRun;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

/**
 * Draws a {@link ChartSpec} as a native Excel chart over cell ranges of its sheet, so the chart
 * follows the cells and carries cached values. Every series gets explicit colours and line styles:
 * without them LibreOffice draws bars invisible and lines as markers only.
 */
final class NativeCharts {

  /**
   * Where the data of a chart lie: the category labels, and one range plus name cell per series.
   */
  record Ranges(
      XSSFSheet sheet,
      CellRangeAddress categories,
      List<CellRangeAddress> values,
      List<CellReference> names) {}

  static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

  private NativeCharts() {}

  /**
   * Draws the chart over the cells from ({@code col1}, {@code row1}) to ({@code col2}, {@code
   * row2}), reading its data from the ranges, with its alternative text and language. In a report
   * workbook ({@link ReportWorkbooks.Book}) the chart's frame is written as text ({@link
   * DrawingText}), and so is the chart where it can be ({@link ChartXml}, the same bytes).
   *
   * @param number the chart's number within its sheet, from 1, for its name
   */
  static void draw(
      XSSFSheet sheet,
      ChartSpec spec,
      Ranges ranges,
      Labels labels,
      int number,
      int col1,
      int row1,
      int col2,
      int row2) {
    DrawingText.Description description =
        new DrawingText.Description(
            labels.format(Label.CHART_NAME, number), spec.fullTitle(), spec.altText());
    XSSFChart chart;
    if (sheet.getWorkbook() instanceof ReportWorkbooks.Book book) {
      DrawingText frames = book.drawing(sheet);
      Optional<String> xml = ChartXml.of(spec, ranges, labels.languageTag());
      if (xml.isPresent()) {
        frames.chart(col1, row1, col2, row2, description, xml.get());
        return;
      }
      // POI's chart reads its data from POI's cells
      book.handCellsToPoi(ranges.sheet());
      chart = frames.poiChart(col1, row1, col2, row2, description);
    } else {
      XSSFDrawing drawing = sheet.createDrawingPatriarch();
      chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
      describe(chart, description);
    }
    Locale language = Locale.forLanguageTag(labels.languageTag());
    // the whole title, wrapped by the chart (never cut): the indicator's name, then per what, the
    // unit and the period in a smaller type
    chart.setTitleText(spec.title());
    chart.setTitleOverlay(false);
    XDDFTextBody body = chart.getTitle().getBody();
    XDDFTextParagraph name = body.getParagraph(0);
    style(name, 10.0, true, language);
    XDDFTextParagraph details = body.addNewParagraph();
    details.appendRegularRun(spec.subtitle());
    style(details, 8.0, false, language);
    language(chart, labels.languageTag());
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    chart.displayBlanksAs(DisplayBlanks.GAP);
    chart.setPlotOnlyVisibleCells(false);

    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(spec.categoryTitle());
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(spec.valueTitle());
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setMinimum(0);
    if (spec.percent()) {
      // a share is 0-100 %: an axis to 120 % would draw a share that cannot be
      y.setMaximum(100);
      y.setMajorUnit(20);
    }
    y.setNumberFormat(spec.percent() ? "0\" %\"" : "#,##0");
    y.getOrAddMajorGridProperties().setLineProperties(line("D9D9D9", 0.75, ChartSpec.Dash.SOLID));

    XDDFDataSource<String> categories =
        XDDFDataSourcesFactory.fromStringCellRange(ranges.sheet(), ranges.categories());
    // what Excel writes for the same charts (OoxmlValidation's ExcelRules checks each)
    XDDFChartData data;
    if (spec.kind() == ChartSpec.Kind.BAR) {
      XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
      bars.setBarDirection(BarDirection.COL);
      bars.setBarGrouping(BarGrouping.CLUSTERED);
      bars.setGapWidth(60);
      // XDDF's default midCat puts the first and last bar on the plot area's edges, cut in half
      y.setCrossBetween(AxisCrossBetween.BETWEEN);
      data = bars;
    } else {
      XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
      // XDDF leaves out c:grouping, which the schema requires: Excel repairs the chart away
      lines.setGrouping(Grouping.STANDARD);
      data = lines;
    }
    data.setVaryColors(false);
    for (int i = 0; i < spec.series().size(); i++) {
      ChartSpec.Series s = spec.series().get(i);
      XDDFChartData.Series series =
          data.addSeries(
              categories,
              XDDFDataSourcesFactory.fromNumericCellRange(ranges.sheet(), ranges.values().get(i)));
      series.setTitle(s.name(), ranges.names().get(i));
      XDDFShapeProperties shape = new XDDFShapeProperties();
      if (spec.kind() == ChartSpec.Kind.BAR) {
        shape.setFillProperties(new XDDFSolidFillProperties(color(s.rgb())));
        shape.setLineProperties(line(s.rgb(), 0.75, ChartSpec.Dash.SOLID));
      } else {
        shape.setLineProperties(line(s.rgb(), 2.25, s.dash()));
      }
      series.setShapeProperties(shape);
      if (series instanceof XDDFLineChartData.Series line) {
        line.setSmooth(false);
        line.setMarkerStyle(s.markers() ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
        if (s.markers()) {
          XDDFShapeProperties marker = new XDDFShapeProperties();
          marker.setFillProperties(new XDDFSolidFillProperties(color(s.rgb())));
          marker.setLineProperties(line(s.rgb(), 0.75, ChartSpec.Dash.SOLID));
          line.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
        }
      }
    }
    // XDDFChart.plot does just this, after building an empty in-memory workbook per chart for
    // series whose data are not cell ranges (ours always are), which is a third of a chart's cost
    for (int i = 0; i < data.getSeriesCount(); i++) {
      data.getSeries(i).plot();
    }
    // every line chart Excel writes says c:marker val="1", so each series' own marker decides;
    // XDDF has no setter for it
    for (CTLineChart lines : chart.getCTChart().getPlotArea().getLineChartList()) {
      if (!lines.isSetMarker()) {
        lines.addNewMarker().setVal(true);
      }
    }
    titlesInLanguage(chart, labels.languageTag());
  }

  /**
   * The chart's title and its axes' titles in the chart's language: XDDF writes an axis title's
   * text as English ({@code lang="en"}) and ends every title paragraph as American English, so a
   * screen reader would read "Månad" as an English word.
   */
  private static void titlesInLanguage(XSSFChart chart, String tag) {
    CTPlotArea plot = chart.getCTChart().getPlotArea();
    List<CTTitle> titles = new ArrayList<>();
    titles.add(chart.getCTChart().getTitle());
    plot.getCatAxList().forEach(axis -> titles.add(axis.getTitle()));
    plot.getValAxList().forEach(axis -> titles.add(axis.getTitle()));
    for (CTTitle title : titles) {
      if (title == null || !title.isSetTx() || !title.getTx().isSetRich()) {
        continue;
      }
      for (CTTextParagraph paragraph : title.getTx().getRich().getPList()) {
        for (CTRegularTextRun run : paragraph.getRList()) {
          (run.isSetRPr() ? run.getRPr() : run.addNewRPr()).setLang(tag);
        }
        (paragraph.isSetEndParaRPr() ? paragraph.getEndParaRPr() : paragraph.addNewEndParaRPr())
            .setLang(tag);
      }
    }
  }

  /**
   * The chart's name and alternative text on its frame ({@code xdr:cNvPr name, title, descr}),
   * where a screen reader and Excel's accessibility checker look for them.
   */
  private static void describe(XSSFChart chart, DrawingText.Description description) {
    CTNonVisualDrawingProps properties =
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
    properties.setName(description.name());
    properties.setTitle(description.title());
    properties.setDescr(description.descr());
  }

  /** A title paragraph's size, weight and language, for its runs and any added later. */
  private static void style(
      XDDFTextParagraph paragraph, double size, boolean bold, Locale language) {
    XDDFRunProperties defaults = paragraph.addDefaultRunProperties();
    defaults.setFontSize(size);
    defaults.setBold(bold);
    defaults.setLanguage(language);
    for (XDDFTextRun run : paragraph.getTextRuns()) {
      run.setFontSize(size);
      run.setBold(bold);
      run.setLanguage(language);
    }
  }

  /**
   * The chart's language ({@code c:lang}) and the language and size of every text it draws (axes,
   * legend: {@code c:txPr}), so a screen reader speaks Swedish labels as Swedish.
   */
  private static void language(XSSFChart chart, String tag) {
    CTChartSpace space = chart.getCTChartSpace();
    // poi-ooxml-lite has no type for c:lang: written with a cursor, before c:chart as the schema
    // orders it
    try (XmlCursor cursor = space.newCursor()) {
      if (cursor.toChild(new QName(C, "chart"))) {
        cursor.beginElement(new QName(C, "lang"));
        cursor.insertAttributeWithValue("val", tag);
      }
    }
    CTTextBody text = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
    text.addNewBodyPr();
    text.addNewLstStyle();
    CTTextParagraph paragraph = text.addNewP();
    CTTextCharacterProperties defaults = paragraph.addNewPPr().addNewDefRPr();
    defaults.setLang(tag);
    defaults.setSz(800);
    paragraph.addNewEndParaRPr().setLang(tag);
  }

  private static XDDFLineProperties line(String rgb, double width, ChartSpec.Dash dash) {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(color(rgb)));
    line.setWidth(width);
    PresetLineDash preset =
        dash == ChartSpec.Dash.DASH
            ? PresetLineDash.DASH
            : dash == ChartSpec.Dash.DOT ? PresetLineDash.SYSTEM_DOT : PresetLineDash.SOLID;
    line.setPresetDash(new XDDFPresetLineDash(preset));
    return line;
  }

  private static XDDFColor color(String rgb) {
    return rgb.isEmpty() ? XDDFColor.from(PresetColor.BLACK) : XDDFColor.from(Styles.rgb(rgb));
  }
}
