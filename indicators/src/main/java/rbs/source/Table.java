package rbs.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One file's sheet or text read row by row: the header row, then the non-empty data rows with the
 * row number the user sees. Cells are raw: String for text, BigDecimal for workbook numbers
 * (including date serials), Boolean for workbook booleans, null for empty.
 */
interface Table extends Closeable {

  /** The header row's cells as text; empty when the file ends before it. */
  List<String> header() throws IOException;

  /** The row or line number of the header. */
  long headerRow();

  /** Moves to the next data row that has at least one non-empty cell; false at the end. */
  boolean next() throws IOException;

  /** The row number of the current data row as Excel or a text editor shows it. */
  long rowNumber();

  /** The raw cell at this 0-based position of the current row, or null when empty. */
  Object cell(int index);

  /** Whether numeric dates count from 1904 (Mac workbooks) rather than 1900. */
  boolean date1904();

  /** How a user names the column at this 0-based position: "column 3" (a sheet says "column C"). */
  default String columnLabel(int index) {
    return "column " + (index + 1);
  }
}
