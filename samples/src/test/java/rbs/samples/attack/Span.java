package rbs.samples.attack;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A period as results.csv gives it: from and to, both inclusive. */
record Span(LocalDate from, LocalDate to) implements Comparable<Span> {

  Span {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("span ends before it starts: " + from + ".." + to);
    }
  }

  static Span parse(String from, String to) {
    return new Span(LocalDate.parse(from), LocalDate.parse(to));
  }

  static Span month(int year, int month) {
    YearMonth m = YearMonth.of(year, month);
    return new Span(m.atDay(1), m.atEndOfMonth());
  }

  static Span months(int year, int firstMonth, int lastMonth) {
    return new Span(
        YearMonth.of(year, firstMonth).atDay(1), YearMonth.of(year, lastMonth).atEndOfMonth());
  }

  /** Whether the span runs from the first day of a month to the last day of a month. */
  boolean wholeMonths() {
    return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
  }

  /** The number of calendar months the span touches. */
  int length() {
    return (int)
        (YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /**
   * The span cut into consecutive pieces of {@code months} months each, when it is made of whole
   * months and divides evenly; empty otherwise.
   */
  Optional<List<Span>> tiles(int months) {
    if (months < 1 || !wholeMonths() || length() % months != 0) {
      return Optional.empty();
    }
    List<Span> tiles = new ArrayList<>();
    YearMonth start = YearMonth.from(from);
    for (int i = 0; i < length() / months; i++) {
      YearMonth first = start.plusMonths((long) i * months);
      tiles.add(new Span(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()));
    }
    return Optional.of(tiles);
  }

  @Override
  public int compareTo(Span o) {
    int c = from.compareTo(o.from);
    return c != 0 ? c : to.compareTo(o.to);
  }

  @Override
  public String toString() {
    if (wholeMonths() && length() == 1) {
      return YearMonth.from(from).toString();
    }
    if (wholeMonths()) {
      return YearMonth.from(from) + ".." + YearMonth.from(to);
    }
    return from + ".." + to;
  }
}
