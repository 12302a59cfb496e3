package rbs.report;

import java.util.Optional;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * A cell's look in one workbook ({@link Styles}): its index among the workbook's cell formats, and
 * POI's cell style where POI made it (a workbook of POI's own); a report workbook's formats are
 * written as text ({@link StylesText}) and have none.
 *
 * @param index the cell format's index, as a cell's {@code s} attribute holds it
 * @param poi POI's style, for a cell of POI's in a workbook of POI's own
 * @param formats the workbook's styles part, whose index it is
 */
record Style(int index, Optional<XSSFCellStyle> poi, StylesTable formats) {

  Style {
    if (index < 0) {
      throw new IllegalArgumentException("a cell format's index is 0 or more: " + index);
    }
  }

  /**
   * The index, for a cell of this workbook.
   *
   * @throws IllegalArgumentException when the style is another workbook's
   */
  int indexIn(StylesTable workbookFormats) {
    if (workbookFormats != formats) {
      throw new IllegalArgumentException("a style of another workbook");
    }
    return index;
  }
}
