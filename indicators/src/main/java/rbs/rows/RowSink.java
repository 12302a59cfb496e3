package rbs.rows;

/** Receives the valid rows of a source, one at a time, in file order. */
@FunctionalInterface
public interface RowSink {
  void accept(Row row);
}
