package rbs.source;

import java.util.List;

/**
 * The rows of one sheet or CSV file as raw cells: text (String), numbers (BigDecimal), Boolean, or
 * {@code null} for an empty cell. Row numbers are those the user sees (line in an editor, row in
 * Excel).
 */
interface Table {

  /** Receives a table's header and rows. */
  interface Handler {
    /** The header row's cells as text. */
    void header(long rowNumber, List<String> names);

    /** A data row; the array is reused for the next row. */
    void row(long rowNumber, Object[] cells, int size);
  }

  void read(Handler handler);

  /** Thrown by a handler to stop reading early (e.g. after the header). */
  final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
