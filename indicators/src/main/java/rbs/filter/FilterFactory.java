package rbs.filter;

import rbs.model.Source;

/**
 * Compiles a filter expression over a source's columns into a {@link RowFilter}; the computation
 * depends on this, not on the expression language, so tests can supply filters as lambdas.
 */
@FunctionalInterface
public interface FilterFactory {

  /**
   * Compiles a filter on the rows of a source.
   *
   * @param expression a filter as written in the programme file, already checked when the programme
   *     was loaded
   * @throws IllegalArgumentException if the expression does not compile (the loader reports such
   *     problems with their position before any computation starts)
   */
  RowFilter compile(Source source, String expression);
}
