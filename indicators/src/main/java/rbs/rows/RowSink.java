package rbs.rows;

import java.time.LocalDate;

/** Receives the valid rows of a source, one at a time, in file order. */
@FunctionalInterface
public interface RowSink {
  void accept(Row row);

  /**
   * Whether rows of this date are of use (default: all). A reader still checks a row the sink does
   * not want, so that it is rejected as any bad row is, and counts it as read, but need not make it
   * any further (no pseudonym, no derived columns) nor hand it on. Called on the reading threads:
   * it must depend on the date only.
   */
  default boolean wants(LocalDate date) {
    return true;
  }
}
