package rbs.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * One file's sheet or text read row by row: the header row, then the non-empty data rows with the
 * row number the user sees. Cells are raw: String for text, BigDecimal for workbook numbers
 * (including date serials), Boolean for workbook booleans, null for empty.
 */
interface Table extends Closeable, RawRow {

  /**
   * Searches the rows from the declared header row on for the header (see {@link HeaderSearch});
   * the data rows follow the row found.
   */
  HeaderSearch header(HeaderSearch.Scan scan) throws IOException;

  /** Moves to the next data row that has at least one non-empty cell; false at the end. */
  boolean next() throws IOException;

  /**
   * {@link #next}, or false where the rows read so far end: then {@link #more} says whether rows
   * follow. Reading rows as {@code do { while (nextRead()) ... } while (more());} gives the rows
   * {@link #next} gives; a table read from a buffer ends the inner loop at every buffer.
   */
  default boolean nextRead() throws IOException {
    return next();
  }

  /** After {@link #nextRead} gave false: whether it has more rows to give. */
  default boolean more() throws IOException {
    return false;
  }

  /** Whether numeric dates count from 1904 (Mac workbooks) rather than 1900. */
  boolean date1904();

  /** How a user names the column at this 0-based position: "column 3" (a sheet says "column C"). */
  default String columnLabel(int index) {
    return "column " + (index + 1);
  }
}
