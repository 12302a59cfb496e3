package rbs.source;

/** The raw cells of one data row and the row number the user sees. */
interface RawRow {

  /** The row number as Excel or a text editor shows it. */
  long rowNumber();

  /** The raw cell at this 0-based position, or null when empty (see {@link Table}). */
  Object cell(int index);
}
