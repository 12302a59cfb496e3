package rbs.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A span of whole months, inclusive, with the kind of period it is: within one year, except a
 * rolling twelve months, which may start in the year before the one it ends in (and counts as a
 * period of that year).
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) implements Comparable<Period> {

  public Period {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period runs from <= to");
    }
    if (kind == PeriodKind.ROLLING
        ? !YearMonth.from(from).plusMonths(11).equals(YearMonth.from(to))
        : from.getYear() != to.getYear()) {
      throw new IllegalArgumentException(
          "a period lies within one year; a rolling one spans twelve months");
    }
    if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
      throw new IllegalArgumentException("a period spans whole months");
    }
  }

  // equals and hashCode written out, as on the other records used as keys: a record's own are
  // linked through method handles at their first use, and run slowly in the quick start's
  // compiler (docs/performance.md, stop 36)

  @Override
  public boolean equals(Object o) {
    return o instanceof Period p && kind == p.kind && from.equals(p.from) && to.equals(p.to);
  }

  @Override
  public int hashCode() {
    return (31 * kind.name().hashCode() + from.hashCode()) * 31 + to.hashCode();
  }

  public static Period month(int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return new Period(PeriodKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
  }

  public static Period tertial(int year, int tertial) {
    return new Period(
        PeriodKind.TERTIAL,
        YearMonth.of(year, tertial * 4 - 3).atDay(1),
        YearMonth.of(year, tertial * 4).atEndOfMonth());
  }

  /** 1 January to the end of the given month. */
  public static Period yearToDate(int year, int lastMonth) {
    return new Period(
        PeriodKind.YEAR_TO_DATE,
        LocalDate.of(year, 1, 1),
        YearMonth.of(year, lastMonth).atEndOfMonth());
  }

  /** The twelve months to the end of the given month (June 2013 – May 2014 for 2014, 5). */
  public static Period rolling(int year, int lastMonth) {
    YearMonth last = YearMonth.of(year, lastMonth);
    return new Period(PeriodKind.ROLLING, last.minusMonths(11).atDay(1), last.atEndOfMonth());
  }

  public static Period year(int year) {
    return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The full-year forecast of a year (spans the year, but is a forecast, not an outcome). */
  public static Period forecast(int year) {
    return new Period(PeriodKind.FORECAST, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The year the period belongs to: the year it ends in. */
  public int year() {
    return to.getYear();
  }

  public int firstMonth() {
    return from.getMonthValue();
  }

  public int lastMonth() {
    return to.getMonthValue();
  }

  /** Number of months covered. */
  public int months() {
    return (to.getYear() - from.getYear()) * 12 + lastMonth() - firstMonth() + 1;
  }

  /** The same months one year earlier. */
  public Period previousYear() {
    return new Period(kind, from.minusYears(1), YearMonth.from(to.minusYears(1)).atEndOfMonth());
  }

  /** Whether the month lies inside this period. */
  public boolean contains(YearMonth month) {
    return !month.isBefore(YearMonth.from(from)) && !month.isAfter(YearMonth.from(to));
  }

  /**
   * Short label: {@code 2014-05}, {@code 2014-T2}, {@code 2014-01..08}, {@code 2014}, {@code
   * 2014-forecast}, {@code 2013-06..2014-05} (rolling).
   */
  public String label() {
    return switch (kind) {
      case MONTH -> YearMonth.from(from).toString();
      case TERTIAL -> year() + "-T" + (lastMonth() / 4);
      case YEAR_TO_DATE -> String.format("%d-01..%02d", year(), lastMonth());
      case FORECAST -> year() + "-forecast";
      case ROLLING -> YearMonth.from(from) + ".." + YearMonth.from(to);
      default -> Integer.toString(year());
    };
  }

  /** Chronological by start, then shorter first, then by kind. */
  @Override
  public int compareTo(Period o) {
    int c = from.compareTo(o.from);
    if (c != 0) {
      return c;
    }
    c = to.compareTo(o.to);
    return c != 0 ? c : kind.compareTo(o.kind);
  }
}
