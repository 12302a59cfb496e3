package rbs.filter;

import rbs.rows.Row;

/** A compiled filter: whether a row of its source passes. Compiled once, evaluated per row. */
@FunctionalInterface
public interface RowFilter {

  /** The filter of an aggregate without a filter expression. */
  RowFilter ALL = row -> true;

  boolean test(Row row);
}
