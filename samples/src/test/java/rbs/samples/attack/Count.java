package rbs.samples.attack;

import java.util.List;
import java.util.Map;

/**
 * A count of people behind a cell that must not be small when shown: a count's value; a share's
 * numerator, its denominator, and the rest (denominator − numerator: those who answered no).
 */
enum Count {
  VALUE,
  NUMERATOR,
  DENOMINATOR,
  REST;

  /** The counts a cell of a count (or of a share) has. */
  static List<Count> of(boolean share) {
    return share ? List.of(NUMERATOR, DENOMINATOR, REST) : List.of(VALUE);
  }

  /** The count as a sum of the cell's numbers with coefficients. */
  Map<Item, Double> terms(Cell cell) {
    return switch (this) {
      case VALUE -> Map.of(cell.item(Quantity.VALUE), 1.0);
      case NUMERATOR -> Map.of(cell.item(Quantity.NUMERATOR), 1.0);
      case DENOMINATOR -> Map.of(cell.item(Quantity.DENOMINATOR), 1.0);
      case REST ->
          Map.of(cell.item(Quantity.DENOMINATOR), 1.0, cell.item(Quantity.NUMERATOR), -1.0);
      default -> throw new IllegalArgumentException(toString());
    };
  }

  /** The count's value given the cell's numbers, or NaN when one is not given. */
  double evaluate(Cell cell, java.util.function.Function<Item, Double> numbers) {
    double sum = 0;
    for (Map.Entry<Item, Double> t : terms(cell).entrySet()) {
      Double v = numbers.apply(t.getKey());
      if (v == null) {
        return Double.NaN;
      }
      sum += t.getValue() * v;
    }
    return sum;
  }

  @Override
  public String toString() {
    return this == REST ? "denominator-numerator" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
