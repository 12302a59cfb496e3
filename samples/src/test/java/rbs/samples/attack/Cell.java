package rbs.samples.attack;

import java.util.Objects;

/**
 * One figure of a report: indicator × unit × span. Two rows with the same span (the tertial and the
 * year to date Jan–Apr, the year and the year to date Jan–Dec) are the same cell.
 */
record Cell(String indicator, String unit, Span span) implements Comparable<Cell> {

  Cell {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(span, "span");
  }

  Item item(Quantity q) {
    return new Item(this, q);
  }

  @Override
  public int compareTo(Cell o) {
    int c = indicator.compareTo(o.indicator);
    if (c == 0) {
      c = unit.compareTo(o.unit);
    }
    return c != 0 ? c : span.compareTo(o.span);
  }

  @Override
  public String toString() {
    return indicator + " " + unit + " " + span;
  }
}
