package rbs.model;

import java.util.Objects;

/**
 * Where a filter is written in the programme file (1-based line and column of its first character),
 * so that a filter failing on the data at run time can be pointed at like one that fails to load.
 */
public record FilterSite(String source, String expression, int line, int column) {

  public FilterSite {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(expression, "expression");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }
}
