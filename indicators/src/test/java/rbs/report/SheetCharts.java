package rbs.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * The charts of a sheet with the frames that place them, matched by the frame's relationship to its
 * chart part (a reopened workbook lists its charts and its shapes in different orders).
 */
public final class SheetCharts {

  /** A chart and the non-visual properties of its frame: name, title, alternative text. */
  public record Framed(XSSFChart chart, CTNonVisualDrawingProps frame) {}

  private SheetCharts() {}

  public static List<Framed> of(XSSFSheet sheet) {
    List<Framed> framed = new ArrayList<>();
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      return framed;
    }
    for (XSSFShape shape : drawing.getShapes()) {
      if (shape instanceof XSSFGraphicFrame frame) {
        String id = chartRelation(frame);
        for (XSSFChart chart : drawing.getCharts()) {
          if (drawing.getRelationId(chart).equals(id)) {
            framed.add(
                new Framed(
                    chart, frame.getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()));
          }
        }
      }
    }
    return framed;
  }

  private static String chartRelation(XSSFGraphicFrame frame) {
    try (XmlCursor c =
        frame.getCTGraphicalObjectFrame().getGraphic().getGraphicData().newCursor()) {
      c.toFirstChild();
      return c.getAttributeText(
          new javax.xml.namespace.QName(
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
    }
  }
}
