package rbs.report;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * New report workbooks whose shared-string table looks plain strings up by their text (POI's table
 * keys every string by its XML, serialising each cell's text on the way in, which was half the cost
 * of writing a text cell; the table written is the same), and whose charts can be written as text
 * ({@link ChartXml}).
 */
final class ReportWorkbooks {

  private ReportWorkbooks() {}

  /** A new, empty workbook as {@code new XSSFWorkbook()} makes it. */
  static Book create() {
    return new Book();
  }

  /**
   * A report workbook: a workbook with the texts of those of its charts that are written as text,
   * by the names of their parts in the zip ({@code xl/charts/chart3.xml}).
   */
  static final class Book extends XSSFWorkbook {
    private final Map<String, byte[]> charts = new HashMap<>();

    private Book() {
      super(new Factory());
    }

    /** Writes the chart as this text (the chart itself then left as POI made it: empty). */
    void chartText(XSSFChart chart, String text) {
      String name = chart.getPackagePart().getPartName().getName();
      charts.put(name.substring(name.indexOf('/') + 1), text.getBytes(StandardCharsets.UTF_8));
    }

    /** The charts written as text, by their parts' names in the zip. */
    Map<String, byte[]> chartTexts() {
      return Collections.unmodifiableMap(charts);
    }
  }

  private static final class Factory extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      if (descriptor == XSSFRelation.SHARED_STRINGS) {
        return new PlainKeyedStrings();
      }
      return super.newDocumentPart(descriptor);
    }
  }

  /**
   * Two plain strings (one text, no runs, no phonetics) are the same entry when their texts are
   * equal, as their XML is then equal too: a cell's text gets {@code xml:space="preserve"} by its
   * own leading and trailing spaces. Other strings keep POI's key, their XML, which never starts
   * with the character that starts a plain string's key.
   */
  static final class PlainKeyedStrings extends SharedStringsTable {
    @Override
    protected String xmlText(CTRst st) {
      if (st.isSetT()
          && st.sizeOfRArray() == 0
          && st.sizeOfRPhArray() == 0
          && !st.isSetPhoneticPr()) {
        return "\u0000" + st.getT();
      }
      return super.xmlText(st);
    }
  }
}
