package rbs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLDocumentPart.RelationPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.util.ImageUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import rbs.model.SafeText;

/**
 * The chart frames of a report workbook's drawing, written as text in the bytes POI's {@code
 * createChart} and its XML writer give them ({@link ReportWorkbooks.Book#drawing}): POI builds some
 * 40 XML objects per frame and an empty chart behind each, then serialises them, which was a fifth
 * of writing a report's sheets. A chart written as text ({@link ChartXml}) is a part holding that
 * text; a chart POI must draw is POI's chart in a frame written as text. The drawing's part holds
 * the frames' text once the workbook's parts are committed ({@link #write}); a drawing that holds
 * frames of POI's too fails its write rather than writing them in a wrong order.
 */
final class DrawingText {

  /**
   * A chart's frame: the cells it covers (from the top left of ({@code col1}, {@code row1}) to the
   * top left of ({@code col2}, {@code row2})), its size when drawn (in EMU), the relationship to
   * its chart, its name and alternative text.
   */
  private record Frame(
      int col1,
      int row1,
      int col2,
      int row2,
      long cx,
      long cy,
      String chart,
      Description description) {}

  /**
   * A chart's name and alternative text on its frame, each on one line ({@link #oneLine}) and
   * masked ({@link SafeText}) as it is written: the texts come from the programme and the data.
   */
  record Description(String name, String title, String descr) {
    Description {
      name = SafeText.mask(oneLine(name));
      title = SafeText.mask(oneLine(title));
      descr = SafeText.mask(oneLine(descr));
    }
  }

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<xdr:wsDr"
          + " xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";

  private final XSSFDrawing drawing;
  private final List<Frame> frames = new ArrayList<>();

  /** The frames to be written into this drawing (as yet, none). */
  DrawingText(XSSFDrawing drawing) {
    this.drawing = drawing;
  }

  /**
   * A frame's text on one line: a line break, tab or other control character, a non-character or an
   * unpaired surrogate becomes a space. An attribute cannot carry a line break through XML (a
   * reader reads it as a space) nor a control character at all.
   */
  static String oneLine(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      boolean unplain = XmlBeansText.unplain(text, i);
      if (unplain && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(unplain ? ' ' : text.charAt(i));
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * Adds a chart written as this text ({@link ChartXml}) in a new frame over the cells from ({@code
   * col1}, {@code row1}) to ({@code col2}, {@code row2}), as POI's {@code createChart} would: its
   * part numbered after the package's charts, then its frame.
   */
  void chart(int col1, int row1, int col2, int row2, Description description, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    XSSFFactory factory =
        new XSSFFactory() {
          @Override
          public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return new TextPart(bytes);
          }
        };
    frame(col1, row1, col2, row2, description, chartPart(factory));
  }

  /**
   * Adds a chart for POI to draw in a new frame, written as text, over the cells from ({@code
   * col1}, {@code row1}) to ({@code col2}, {@code row2}).
   */
  XSSFChart poiChart(int col1, int row1, int col2, int row2, Description description) {
    XSSFWorkbook workbook = drawing.getSheet().getWorkbook();
    RelationPart part = chartPart(workbook.getXssfFactory());
    frame(col1, row1, col2, row2, description, part);
    return part.getDocumentPart();
  }

  /**
   * The last row a chart covers (a chart ending at the top of a row covers the rows above it); -1
   * when there is none.
   */
  int lastRowCovered() {
    int last = -1;
    for (Frame f : frames) {
      last = Math.max(last, f.row2() - 1);
    }
    return last;
  }

  /** The new chart's part and its relationship, numbered as POI's {@code createChart} numbers. */
  private RelationPart chartPart(XSSFFactory factory) {
    OPCPackage pkg = drawing.getPackagePart().getPackage();
    int number = pkg.getPartsByContentType(XSSFRelation.CHART.getContentType()).size() + 1;
    try {
      while (pkg.getPart(PackagingURIHelper.createPartName(XSSFRelation.CHART.getFileName(number)))
          != null) {
        number++;
      }
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("chart " + number, e);
    }
    return drawing.createRelationship(XSSFRelation.CHART, factory, number, false);
  }

  private void frame(
      int col1, int row1, int col2, int row2, Description description, RelationPart chart) {
    // its size as POI's createXfrm gives it, from the columns and rows as they are now
    XSSFSheet sheet = drawing.getSheet();
    double widthPx = 0;
    for (int col = col1; col < col2; col++) {
      widthPx += sheet.getColumnWidthInPixels(col);
    }
    double heightPx = 0;
    for (int row = row1; row < row2; row++) {
      heightPx += ImageUtils.getRowHeightInPixels(sheet, row);
    }
    frames.add(
        new Frame(
            col1,
            row1,
            col2,
            row2,
            Units.pixelToEMU((int) widthPx),
            Units.pixelToEMU((int) heightPx),
            chart.getRelationship().getId(),
            description));
  }

  /**
   * Writes the frames' text into the drawing's part, once POI has committed it (an empty drawing of
   * its own); leaves a drawing without such frames as POI wrote it.
   *
   * @throws IllegalStateException when the drawing holds frames of POI's as well
   */
  void write() throws IOException {
    if (frames.isEmpty()) {
      return;
    }
    CTDrawing own = drawing.getCTDrawing();
    if (own.sizeOfTwoCellAnchorArray()
            + own.sizeOfOneCellAnchorArray()
            + own.sizeOfAbsoluteAnchorArray()
        > 0) {
      throw new IllegalStateException(
          "drawing of sheet "
              + drawing.getSheet().getSheetName()
              + " holds frames of POI's and of rbs's");
    }
    StringBuilder x = new StringBuilder(HEAD.length() + 1400 * frames.size()).append(HEAD);
    for (int id = 0; id < frames.size(); id++) {
      Frame f = frames.get(id);
      x.append("<xdr:twoCellAnchor editAs=\"twoCell\">");
      marker(x, "from", f.col1(), f.row1());
      marker(x, "to", f.col2(), f.row2());
      x.append("<xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(id);
      x.append("\" name=\"").append(XmlBeansText.attribute(f.description().name()));
      x.append("\" title=\"").append(XmlBeansText.attribute(f.description().title()));
      x.append("\" descr=\"").append(XmlBeansText.attribute(f.description().descr()));
      x.append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>");
      x.append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(f.cx());
      x.append("\" cy=\"").append(f.cy()).append("\"/></xdr:xfrm>");
      x.append("<a:graphic><a:graphicData uri=\"").append(XSSFRelation.NS_CHART);
      x.append("\"><c:chart r:id=\"").append(XmlBeansText.attribute(f.chart()));
      x.append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>");
      x.append("</xdr:twoCellAnchor>");
    }
    x.append("</xdr:wsDr>");
    PackagePart part = drawing.getPackagePart();
    part.clear();
    try (OutputStream out = part.getOutputStream()) {
      out.write(x.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void marker(StringBuilder x, String name, int col, int row) {
    x.append("<xdr:").append(name).append("><xdr:col>").append(col);
    x.append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(row);
    x.append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:").append(name).append('>');
  }

  /** A part holding a text written as it is: a chart written as text. */
  private static final class TextPart extends POIXMLDocumentPart {
    private final byte[] text;

    TextPart(byte[] text) {
      this.text = text;
    }

    @Override
    protected void commit() throws IOException {
      try (OutputStream out = getPackagePart().getOutputStream()) {
        out.write(text);
      }
    }
  }
}
