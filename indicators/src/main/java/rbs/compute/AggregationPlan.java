package rbs.compute;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import rbs.model.Aggregate;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.ReportPeriod;

/**
 * What a report needs computed, as plain data any engine can run: the distinct aggregates of the
 * programme grouped per source (one pass per source), each with its filter, over the group keys
 * (district, month) of a 24-month window (previous year and report year; an annual report adds the
 * whole years before it as one key each), and the periods whose values are wanted.
 *
 * <p>An engine evaluates each distinct filter of a source once per row, keeps per (district, month)
 * record counts and sums, and per person a month mask, so that every period's distinct count is
 * computed at the end at district and city level.
 *
 * @param firstMonth the first month of the window (January of the previous year)
 * @param outputPeriods the periods outcomes are reported for, both years, chronological
 * @param periods every period a value is computed for: the output periods plus both whole years
 *     (for rates' populations and for the forecast)
 * @param sources one entry per source read, in the programme's source order
 * @param baselines the programme's baseline years (utgångsläge) before the report year, each an
 *     output period too (a whole year before the window is read through an earlier year's bit)
 */
public record AggregationPlan(
    ReportPeriod report,
    YearMonth firstMonth,
    List<Period> outputPeriods,
    List<Period> periods,
    List<SourcePlan> sources,
    List<Period> baselines) {

  /** The window: 24 months, so a person's months fit in the bits of an int. */
  public static final int MONTHS = 24;

  /**
   * The bits of a group key: the window's months, then (annual reports only) one bit per whole year
   * before the window, nearest first, so the annual report can show the years the data cover.
   */
  public static final int BITS = 32;

  /** Whole years before the window an annual report reads: the int's bits left after the months. */
  public static final int EARLIER_YEARS = BITS - MONTHS;

  /** The group keys every aggregate is kept by, in order. */
  public static final List<String> GROUP_KEYS = List.of("district", "month");

  public AggregationPlan {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(firstMonth, "firstMonth");
    outputPeriods = List.copyOf(outputPeriods);
    periods = List.copyOf(periods);
    sources = List.copyOf(sources);
    baselines = List.copyOf(baselines);
  }

  /**
   * The aggregates of one source and their distinct filters.
   *
   * @param filters distinct filter expressions, each evaluated once per row
   * @param aggregates distinct aggregates in first-use order
   */
  public record SourcePlan(String source, List<String> filters, List<PlannedAggregate> aggregates) {
    public SourcePlan {
      Objects.requireNonNull(source, "source");
      filters = List.copyOf(filters);
      aggregates = List.copyOf(aggregates);
    }

    // written out, as on Period (why there): the accumulators of one plan share it
    @Override
    public boolean equals(Object o) {
      return this == o
          || (o instanceof SourcePlan p
              && source.equals(p.source)
              && filters.equals(p.filters)
              && aggregates.equals(p.aggregates));
    }

    @Override
    public int hashCode() {
      return source.hashCode();
    }
  }

  /**
   * One distinct aggregate and the index of its filter in its source's filter list, or empty for
   * all rows.
   */
  public record PlannedAggregate(Aggregate aggregate, Optional<Integer> filter) {
    public PlannedAggregate {
      Objects.requireNonNull(aggregate, "aggregate");
      Objects.requireNonNull(filter, "filter");
    }
  }

  /** The plan of a report of a programme. */
  public static AggregationPlan of(Programme programme, ReportPeriod report) {
    Map<String, Map<Aggregate, Boolean>> bySource = new LinkedHashMap<>();
    programme.sources().forEach(s -> bySource.put(s.name(), new LinkedHashMap<>()));
    programme
        .indicators()
        .flatMap(i -> i.aggregates().stream())
        .forEach(
            a -> {
              Map<Aggregate, Boolean> aggs = bySource.get(a.source());
              if (aggs == null) {
                throw new IllegalArgumentException("unknown source: " + a.source());
              }
              aggs.put(a, Boolean.TRUE);
            });
    List<SourcePlan> sources = new ArrayList<>();
    bySource.forEach(
        (source, aggs) -> {
          if (aggs.isEmpty()) {
            return;
          }
          List<String> filters = new ArrayList<>();
          List<PlannedAggregate> planned = new ArrayList<>();
          for (Aggregate a : aggs.keySet()) {
            Optional<Integer> f =
                a.filter()
                    .map(
                        expr -> {
                          int at = filters.indexOf(expr);
                          if (at < 0) {
                            filters.add(expr);
                            at = filters.size() - 1;
                          }
                          return at;
                        });
            planned.add(new PlannedAggregate(a, f));
          }
          sources.add(new SourcePlan(source, filters, planned));
        });
    List<Period> output = outputPeriods(report);
    List<Period> baselines = new ArrayList<>();
    programme
        .baseline()
        .ifPresent(
            b ->
                b.years().stream()
                    .filter(y -> y < report.year())
                    .forEach(y -> baselines.add(Period.year(y))));
    for (Period b : baselines) {
      if (!output.contains(b)) {
        output.add(b);
      }
    }
    output.sort(null);
    List<Period> all = new ArrayList<>(output);
    for (Period p : List.of(Period.year(report.year() - 1), Period.year(report.year()))) {
      if (!all.contains(p)) {
        all.add(p);
      }
    }
    all.sort(null);
    return new AggregationPlan(report, firstMonth(report), output, all, sources, baselines);
  }

  /**
   * The bit of a baseline year before the window in a tertial or monthly report, else -1: such a
   * report has no earlier years, so their bits are free, and each baseline year (or its part)
   * before the window takes one, nearest first, at most {@link #EARLIER_YEARS}. An annual report
   * reads its baseline among its earlier years.
   */
  private int baselineBit(int year) {
    int k = 0;
    for (int b = baselines.size() - 1; b >= 0 && k < EARLIER_YEARS; b--) {
      Period p = baselines.get(b);
      if (!p.from().isBefore(firstMonth.atDay(1))) {
        continue;
      }
      if (p.year() == year) {
        return MONTHS + k;
      }
      k++;
    }
    return -1;
  }

  /** Whether a period is a baseline year of the programme that is no ordinary period here. */
  public boolean isBaselineOnly(Period period) {
    return baselines.contains(period) && !outputPeriods(report).contains(period);
  }

  /**
   * The window's first month: January of the previous year, or for a rolling report the first month
   * of the rolling year before the one reported (so both lie in the window).
   */
  static YearMonth firstMonth(ReportPeriod report) {
    return report.isRolling()
        ? YearMonth.of(report.year(), report.lastMonth()).minusMonths(MONTHS - 1)
        : YearMonth.of(report.year() - 1, 1);
  }

  /**
   * The periods of a report, both years: for a tertial report T<i>n</i> or a monthly one to month
   * <i>m</i> each month to its end, the whole tertials in it and the year-to-date; for the annual
   * report each month, each tertial and the year, and the whole years before them (see {@link
   * #earlierYears}); for a rolling report the twelve months and the rolling year, and the same a
   * year earlier.
   */
  public static List<Period> outputPeriods(ReportPeriod report) {
    List<Period> periods = new ArrayList<>(earlierYears(report));
    for (int year : new int[] {report.year() - 1, report.year()}) {
      int last = report.lastMonth();
      if (report.isRolling()) {
        Period rolling = Period.rolling(year, last);
        YearMonth m = YearMonth.from(rolling.from());
        for (int k = 0; k < 12; k++, m = m.plusMonths(1)) {
          periods.add(Period.month(m.getYear(), m.getMonthValue()));
        }
        periods.add(rolling);
        continue;
      }
      for (int m = 1; m <= last; m++) {
        periods.add(Period.month(year, m));
      }
      for (int t = 1; t <= report.lastTertial(); t++) {
        periods.add(Period.tertial(year, t));
      }
      periods.add(report.isAnnual() ? Period.year(year) : Period.yearToDate(year, last));
    }
    periods.sort(null);
    return periods;
  }

  /**
   * The whole years before the previous year that an annual report computes, for its development
   * over the years; a tertial report has none. Only those the data cover are reported.
   */
  public static List<Period> earlierYears(ReportPeriod report) {
    List<Period> years = new ArrayList<>();
    if (report.isAnnual()) {
      for (int y = report.year() - 1 - EARLIER_YEARS; y < report.year() - 1; y++) {
        years.add(Period.year(y));
      }
    }
    return years;
  }

  /** Whether a period is one of the whole years before the window. */
  public boolean isEarlierYear(Period period) {
    return period.year() < firstMonth.getYear();
  }

  /**
   * The bit of a date: its month's index in the window, or in an annual report the bit of an
   * earlier whole year ({@link #MONTHS} + years before the window − 1); -1 when not wanted.
   */
  public int bit(LocalDate date) {
    int i = monthIndex(date);
    if (i >= 0 && i < MONTHS) {
      return i;
    }
    if (!report.isAnnual()) {
      return i < 0 ? baselineBit(date.getYear()) : -1;
    }
    int before = firstMonth.getYear() - date.getYear();
    return before >= 1 && before <= EARLIER_YEARS ? MONTHS + before - 1 : -1;
  }

  /**
   * The index of a date's month in the window: negative before it, {@link #MONTHS} or more after.
   */
  int monthIndex(LocalDate date) {
    return (date.getYear() - firstMonth.getYear()) * 12
        + date.getMonthValue()
        - firstMonth.getMonthValue();
  }

  /** The month at an index of the window. */
  public YearMonth month(int index) {
    return firstMonth.plusMonths(index);
  }

  /**
   * The bits a period covers: the window's months in it, or the bit of an earlier whole year; 0
   * when it lies outside both.
   */
  public int mask(Period period) {
    int bits = 0;
    for (int i = 0; i < MONTHS; i++) {
      if (period.contains(month(i))) {
        bits |= 1 << i;
      }
    }
    // an earlier whole year, or the part of a baseline year before the window
    if (period.kind() == PeriodKind.YEAR && period.from().isBefore(firstMonth.atDay(1))) {
      int bit = bit(period.from());
      if (bit >= MONTHS) {
        bits |= 1 << bit;
      }
    }
    return bits;
  }
}
