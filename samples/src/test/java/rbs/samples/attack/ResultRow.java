package rbs.samples.attack;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of a results.csv as a reader sees it: a number is present or not, and the flag says why
 * not ({@code ..} withheld, {@code -} no data).
 */
record ResultRow(
    String indicator,
    String unit,
    String kind,
    Span span,
    OptionalDouble value,
    OptionalDouble numerator,
    OptionalDouble denominator,
    String flag) {

  static final String WITHHELD = "..";

  ResultRow {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(flag, "flag");
  }

  /** A full-year forecast: derived from the year to date, not a count of its own. */
  boolean forecast() {
    return kind.equals("forecast");
  }

  boolean withheld() {
    return flag.equals(WITHHELD);
  }

  Cell cell() {
    return new Cell(indicator, unit, span);
  }

  /** The number this row shows for a quantity, if it shows one. */
  OptionalDouble shown(Quantity q) {
    return switch (q) {
      case VALUE -> value;
      case NUMERATOR -> numerator;
      case DENOMINATOR -> denominator;
      default -> throw new IllegalArgumentException(q.toString());
    };
  }
}
