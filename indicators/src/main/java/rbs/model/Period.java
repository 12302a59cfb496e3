package rbs.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A span of whole months within one year, inclusive, with the kind of period it is. */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) implements Comparable<Period> {

  public Period {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.getYear() != to.getYear() || to.isBefore(from)) {
      throw new IllegalArgumentException("a period lies within one year, from <= to");
    }
    if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
      throw new IllegalArgumentException("a period spans whole months");
    }
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

  public static Period year(int year) {
    return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The full-year forecast of a year (spans the year, but is a forecast, not an outcome). */
  public static Period forecast(int year) {
    return new Period(PeriodKind.FORECAST, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public int year() {
    return from.getYear();
  }

  public int firstMonth() {
    return from.getMonthValue();
  }

  public int lastMonth() {
    return to.getMonthValue();
  }

  /** Number of months covered. */
  public int months() {
    return lastMonth() - firstMonth() + 1;
  }

  /** The same months one year earlier. */
  public Period previousYear() {
    return new Period(kind, from.minusYears(1), YearMonth.from(to.minusYears(1)).atEndOfMonth());
  }

  /** Whether the month lies inside this period. */
  public boolean contains(YearMonth month) {
    return month.getYear() == year()
        && month.getMonthValue() >= firstMonth()
        && month.getMonthValue() <= lastMonth();
  }

  /**
   * Short label: {@code 2014-05}, {@code 2014-T2}, {@code 2014-01..08}, {@code 2014}, {@code
   * 2014-forecast}.
   */
  public String label() {
    return switch (kind) {
      case MONTH -> YearMonth.from(from).toString();
      case TERTIAL -> year() + "-T" + (lastMonth() / 4);
      case YEAR_TO_DATE -> String.format("%d-01..%02d", year(), lastMonth());
      case FORECAST -> year() + "-forecast";
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
