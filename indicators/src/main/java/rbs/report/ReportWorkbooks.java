package rbs.report;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * New report workbooks whose shared-string table looks plain strings up by their text. POI's table
 * keys every string by its XML, serialising each cell's text on the way in, which was half the cost
 * of writing a text cell; the table written is the same.
 */
final class ReportWorkbooks {

  private ReportWorkbooks() {}

  /** A new, empty workbook as {@code new XSSFWorkbook()} makes it. */
  static XSSFWorkbook create() {
    return new XSSFWorkbook(new Factory());
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
