package rbs.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report covers: a tertial report (year-to-date to the end of tertial 1 or 2) or the annual
 * report (the whole year). Written {@code 2014-T1}, {@code 2014-T2} or {@code 2014}.
 */
public record ReportPeriod(int year, Optional<Integer> tertial) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-T([123]))?");

  public ReportPeriod {
    Objects.requireNonNull(tertial, "tertial");
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    tertial.ifPresent(
        t -> {
          if (t < 1 || t > 3) {
            throw new IllegalArgumentException("tertial must be 1, 2 or 3");
          }
        });
    // T3 year-to-date is the whole year: that is the annual report
    if (tertial.isPresent() && tertial.get() == 3) {
      tertial = Optional.empty();
    }
  }

  /** Parses {@code 2014-T2} or {@code 2014}; empty when the text has neither form. */
  public static Optional<ReportPeriod> parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900) {
      return Optional.empty();
    }
    return Optional.of(
        new ReportPeriod(year, Optional.ofNullable(m.group(2)).map(Integer::parseInt)));
  }

  /** The annual report of a year. */
  public static ReportPeriod annual(int year) {
    return new ReportPeriod(year, Optional.empty());
  }

  /** The tertial report (year-to-date) at the end of tertial 1 or 2. */
  public static ReportPeriod tertial(int year, int tertial) {
    return new ReportPeriod(year, Optional.of(tertial));
  }

  public boolean isAnnual() {
    return tertial.isEmpty();
  }

  /** The number of the last tertial covered: 1, 2, or 3 for the annual report. */
  public int lastTertial() {
    return tertial.orElse(3);
  }

  /** The first day covered (1 January). */
  public LocalDate from() {
    return LocalDate.of(year, 1, 1);
  }

  /** The last day covered (30 April, 31 August or 31 December). */
  public LocalDate to() {
    return YearMonth.of(year, lastTertial() * 4).atEndOfMonth();
  }

  /** The same report one year earlier. */
  public ReportPeriod previousYear() {
    return new ReportPeriod(year - 1, tertial);
  }

  /** {@code 2014-T2} or {@code 2014}, as parsed and as used in file names. */
  @Override
  public String toString() {
    return tertial.map(t -> year + "-T" + t).orElse(Integer.toString(year));
  }
}
