package rbs.filter;

import java.util.List;
import java.util.Optional;
import rbs.rows.Row;

/** A compiled filter: whether a row of its source passes. Compiled once, evaluated per row. */
@FunctionalInterface
public interface RowFilter {

  /** The filter of an aggregate without a filter expression. */
  RowFilter ALL = reading(row -> true, List.of());

  boolean test(Row row);

  /**
   * The row columns whose values alone decide this filter's answer, and whether it fails, when that
   * is known: a {@link FilterSet} may then remember the answer per combination of their values.
   * Empty (the default) when the answer may depend on anything else.
   */
  default Optional<List<Integer>> reads() {
    return Optional.empty();
  }

  /** The filter, known to read no other columns than these (a superset will do). */
  static RowFilter reading(RowFilter filter, List<Integer> columns) {
    return new ReadingFilter(filter, List.copyOf(columns));
  }
}
