package rbs.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report covers:
 *
 * <ul>
 *   <li>a tertial report, year to date to the end of tertial 1 or 2: {@code 2014-T1}, {@code
 *       2014-T2};
 *   <li>the annual report, the whole year: {@code 2014};
 *   <li>a monthly follow-up, year to date to the end of a month: {@code 2014-05} (January–May);
 *   <li>a rolling twelve months to the end of a month: {@code 2014-R05} (June 2013–May 2014).
 * </ul>
 *
 * @param lastMonth the last month covered (4 or 8 for a tertial report, 12 for the annual one)
 */
public record ReportPeriod(int year, int lastMonth, Form form) {

  /** The kinds of report. */
  public enum Form {
    TERTIAL,
    ANNUAL,
    /** Year to date to the end of a month, for monthly follow-up. */
    MONTH,
    /** The twelve months to the end of a month, for monthly follow-up. */
    ROLLING
  }

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-T([123])|-(R?)(\\d{2}))?");

  public ReportPeriod {
    Objects.requireNonNull(form, "form");
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (lastMonth < 1 || lastMonth > 12) {
      throw new IllegalArgumentException("month must be 1 to 12");
    }
    if (form == Form.TERTIAL && lastMonth == 12) {
      form = Form.ANNUAL; // T3 year-to-date is the whole year: that is the annual report
    }
    if ((form == Form.TERTIAL && lastMonth % 4 != 0) || (form == Form.ANNUAL && lastMonth != 12)) {
      throw new IllegalArgumentException("a tertial report ends in April or August");
    }
  }

  /**
   * Parses {@code 2014-T2}, {@code 2014}, {@code 2014-05} or {@code 2014-R05}; empty when the text
   * has none of these forms.
   */
  public static Optional<ReportPeriod> parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900) {
      return Optional.empty();
    }
    if (m.group(2) != null) {
      return Optional.of(tertial(year, Integer.parseInt(m.group(2))));
    }
    if (m.group(4) != null) {
      int month = Integer.parseInt(m.group(4));
      if (month < 1 || month > 12) {
        return Optional.empty();
      }
      return Optional.of(m.group(3).isEmpty() ? monthly(year, month) : rolling(year, month));
    }
    return Optional.of(annual(year));
  }

  /** The annual report of a year. */
  public static ReportPeriod annual(int year) {
    return new ReportPeriod(year, 12, Form.ANNUAL);
  }

  /** The tertial report (year-to-date) at the end of tertial 1 or 2 (3 is the annual report). */
  public static ReportPeriod tertial(int year, int tertial) {
    if (tertial < 1 || tertial > 3) {
      throw new IllegalArgumentException("tertial must be 1, 2 or 3");
    }
    return new ReportPeriod(year, tertial * 4, Form.TERTIAL);
  }

  /** The monthly follow-up: January to the end of the month. */
  public static ReportPeriod monthly(int year, int month) {
    return new ReportPeriod(year, month, Form.MONTH);
  }

  /** The monthly follow-up of the twelve months to the end of the month. */
  public static ReportPeriod rolling(int year, int month) {
    return new ReportPeriod(year, month, Form.ROLLING);
  }

  public boolean isAnnual() {
    return form == Form.ANNUAL;
  }

  /** A monthly follow-up (year to date or rolling), not a tertial or annual report. */
  public boolean isMonthly() {
    return form == Form.MONTH || form == Form.ROLLING;
  }

  public boolean isRolling() {
    return form == Form.ROLLING;
  }

  /** The number of the last whole tertial covered (0 to 3; 3 for the annual report). */
  public int lastTertial() {
    return lastMonth / 4;
  }

  /**
   * The period outcomes are mainly reported for: the year to date, the year or the rolling year.
   */
  public Period main() {
    return switch (form) {
      case ANNUAL -> Period.year(year);
      case ROLLING -> Period.rolling(year, lastMonth);
      default -> Period.yearToDate(year, lastMonth);
    };
  }

  /** The first day covered (1 January; the first day of the twelve months when rolling). */
  public LocalDate from() {
    return isRolling() ? main().from() : LocalDate.of(year, 1, 1);
  }

  /** The last day covered: the end of the last month. */
  public LocalDate to() {
    return YearMonth.of(year, lastMonth).atEndOfMonth();
  }

  /** The same report one year earlier. */
  public ReportPeriod previousYear() {
    return new ReportPeriod(year - 1, lastMonth, form);
  }

  /** {@code 2014-T2}, {@code 2014}, {@code 2014-05} or {@code 2014-R05}, as parsed. */
  @Override
  public String toString() {
    return switch (form) {
      case TERTIAL -> year + "-T" + lastTertial();
      case ANNUAL -> Integer.toString(year);
      case MONTH -> String.format("%d-%02d", year, lastMonth);
      default -> String.format("%d-R%02d", year, lastMonth);
    };
  }
}
