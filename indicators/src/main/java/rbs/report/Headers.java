package rbs.report;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Marks the header row of each table of a sheet for screen readers, as JAWS and NVDA read them: a
 * defined name {@code ColumnTitleRegion<n>.<first cell>.<last cell>} of the sheet, naming the
 * table's extent and referring to its first header cell. Moving through such a table, a screen
 * reader speaks the column's header with each value ("Utfall 2014: 207").
 */
final class Headers {

  private final XSSFSheet sheet;
  private int count;

  Headers(XSSFSheet sheet) {
    this.sheet = sheet;
  }

  /** A table whose header row is {@code header}, from {@code firstCol} to {@code lastCol}. */
  void table(int header, int lastRow, int firstCol, int lastCol) {
    if (lastRow <= header) {
      return;
    }
    count++;
    DefinedNames.columnTitles(sheet, count, header, lastRow, firstCol, lastCol);
  }
}
