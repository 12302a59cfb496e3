package rbs.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of a source: the name filters use, its type, the header names (first the usual one, then
 * aliases) it may have in an extract, an optional date pattern, and whether an empty value rejects
 * the row.
 */
public record Column(
    String name,
    ColumnType type,
    List<String> headers,
    Optional<String> pattern,
    boolean required) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pattern, "pattern");
    headers = List.copyOf(headers);
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a column needs at least one header name");
    }
  }
}
