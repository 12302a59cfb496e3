package rbs.samples.attack;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A results.csv written by hand for one indicator ("n"), with the true value of every number, so
 * that a test states a publication and its internal run in one place. Spans are written "2014-03"
 * (a month) or "2014-01..2014-04".
 */
final class HandMade {

  private static final String HEADER =
      "indicator,district,period,from,to,value,numerator,denominator,target,status,trend,flag,"
          + "incomplete\n";

  private final String name;
  private String indicator = "n";
  private final StringBuilder published = new StringBuilder(HEADER);
  private final StringBuilder internal = new StringBuilder(HEADER);

  HandMade(String name) {
    this.name = name;
  }

  /** The indicator of the rows that follow ("n" until changed). */
  HandMade indicator(String id) {
    indicator = id;
    return this;
  }

  /** A count shown. */
  HandMade shown(String unit, String span, int value) {
    row(published, unit, span, Integer.toString(value), "", "", "");
    row(internal, unit, span, Integer.toString(value), "", "", "");
    return this;
  }

  /** A count withheld; its true value goes to the internal run. */
  HandMade withheld(String unit, String span, int truth) {
    row(published, unit, span, "", "", "", "..");
    row(internal, unit, span, Integer.toString(truth), "", "", "");
    return this;
  }

  /** A share shown: numerator of denominator. */
  HandMade shownShare(String unit, String span, int numerator, int denominator) {
    String value = Double.toString(100.0 * numerator / denominator);
    row(
        published,
        unit,
        span,
        value,
        Integer.toString(numerator),
        Integer.toString(denominator),
        "");
    row(
        internal,
        unit,
        span,
        value,
        Integer.toString(numerator),
        Integer.toString(denominator),
        "");
    return this;
  }

  /** A share withheld, with its true numerator and denominator. */
  HandMade withheldShare(String unit, String span, int numerator, int denominator) {
    row(published, unit, span, "", "", "", "..");
    String value = Double.toString(100.0 * numerator / denominator);
    row(
        internal,
        unit,
        span,
        value,
        Integer.toString(numerator),
        Integer.toString(denominator),
        "");
    return this;
  }

  /** A full-year forecast shown. */
  HandMade forecast(String unit, int year, double value) {
    String line =
        String.join(
                ",",
                indicator,
                unit,
                "forecast",
                year + "-01-01",
                year + "-12-31",
                Double.toString(value),
                "",
                "",
                "",
                "not_assessable",
                "not_comparable",
                "",
                "false")
            + "\n";
    published.append(line);
    internal.append(line);
    return this;
  }

  ResultsTable published() {
    return ResultsTable.parse(name, published.toString());
  }

  ResultsTable internal() {
    return ResultsTable.parse(name, internal.toString());
  }

  private void row(
      StringBuilder csv,
      String unit,
      String span,
      String value,
      String numerator,
      String denominator,
      String flag) {
    String[] ends = span.split("\\.\\.", -1);
    YearMonth first = YearMonth.parse(ends[0]);
    YearMonth last = YearMonth.parse(ends[ends.length - 1]);
    LocalDate from = first.atDay(1);
    LocalDate to = last.atEndOfMonth();
    String kind = first.equals(last) ? "month" : "ytd";
    csv.append(
            String.join(
                ",",
                indicator,
                unit,
                kind,
                from.toString(),
                to.toString(),
                value,
                numerator,
                denominator,
                "",
                "not_assessable",
                "not_comparable",
                flag,
                "false"))
        .append('\n');
  }
}
