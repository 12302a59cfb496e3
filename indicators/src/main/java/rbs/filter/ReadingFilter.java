package rbs.filter;

import java.util.List;
import java.util.Optional;
import rbs.rows.Row;

/** A filter and the columns it reads ({@link RowFilter#reading}). */
record ReadingFilter(RowFilter filter, List<Integer> columns) implements RowFilter {

  @Override
  public boolean test(Row row) {
    return filter.test(row);
  }

  @Override
  public Optional<List<Integer>> reads() {
    return Optional.of(columns);
  }
}
