package rbs.disclosure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rbs.model.Aggregate;
import rbs.model.District;
import rbs.model.DistrictGroup;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.MeasureKind;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.model.Unit;

/** Builds results for disclosure tests: one indicator, districts × the periods of a report. */
final class Tables {

  static final int THRESHOLD = 5;

  static final Aggregate PERSONS =
      new Aggregate(MeasureKind.PERSONS, "s", Optional.empty(), Optional.empty());

  private Tables() {}

  static Indicator indicator(String id, Measure measure) {
    return new Indicator(
        id,
        id,
        "",
        measure,
        "st",
        0,
        Polarity.HIGHER_IS_BETTER,
        new BigDecimal("0.9"),
        false,
        List.of(),
        Optional.empty(),
        "");
  }

  static Programme programme(int districts, Indicator... indicators) {
    return programme(districts, PublicationLevels.standard(), indicators);
  }

  static Programme programme(int districts, PublicationLevels levels, Indicator... indicators) {
    return programme(districts, levels, List.of(), indicators);
  }

  /**
   * Districts D1..Dn and groups G1..Gk, group k of the districts at the (0-based) indexes {@code
   * groups.get(k)}.
   */
  static Programme programme(
      int districts, PublicationLevels levels, List<int[]> groups, Indicator... indicators) {
    List<District> ds = new ArrayList<>();
    for (int i = 0; i < districts; i++) {
      ds.add(new District("D" + (i + 1), List.of()));
    }
    return new Programme(
        "p",
        "P",
        "",
        "Staden",
        "sv",
        ds,
        THRESHOLD,
        List.of(
            new TargetGroup(
                "g", "G", List.of(new Goal("m", "M", GoalRule.ALL, List.of(indicators))))),
        List.of(),
        Path.of("p.yaml"),
        List.of(),
        levels,
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        groups(groups),
        java.util.Optional.empty(),
        List.of(),
        Optional.empty());
  }

  private static List<DistrictGroup> groups(List<int[]> groups) {
    List<DistrictGroup> out = new ArrayList<>();
    for (int k = 0; k < groups.size(); k++) {
      List<String> members = new ArrayList<>();
      for (int d : groups.get(k)) {
        members.add("D" + (d + 1));
      }
      out.add(new DistrictGroup("G" + (k + 1), List.of(), members));
    }
    return out;
  }

  /** The months of the report (1..4n for T_n, 1..12 for a year) and its longer periods. */
  static List<Period> periods(ReportPeriod report) {
    int year = report.year();
    int last = report.isAnnual() ? 12 : report.lastTertial() * 4;
    List<Period> periods = new ArrayList<>();
    for (int m = 1; m <= last; m++) {
      periods.add(Period.month(year, m));
    }
    for (int t = 1; t <= last / 4; t++) {
      periods.add(Period.tertial(year, t));
    }
    periods.add(report.isAnnual() ? Period.year(year) : Period.yearToDate(year, last));
    return periods;
  }

  /**
   * Count outcomes where {@code monthly[d][m]} is district d's count in month m+1; longer periods
   * and the whole are sums. Published at the standard levels.
   */
  static Results counts(ReportPeriod report, long[][] monthly) {
    return counts(report, monthly, PublicationLevels.standard());
  }

  static Results counts(ReportPeriod report, long[][] monthly, PublicationLevels levels) {
    return counts(report, monthly, levels, List.of());
  }

  /** Counts as above with groups of districts (see {@link #programme}), each the sum of members. */
  static Results counts(
      ReportPeriod report, long[][] monthly, PublicationLevels levels, List<int[]> groups) {
    return volumes(report, monthly, levels, groups, PERSONS);
  }

  /** Sums of a column per district and month, declared to count people or not. */
  static Results sums(ReportPeriod report, long[][] monthly, boolean people) {
    Aggregate sum =
        new Aggregate(MeasureKind.SUM, "s", Optional.of("barn"), Optional.empty(), people);
    return volumes(report, monthly, PublicationLevels.standard(), List.of(), sum);
  }

  private static Results volumes(
      ReportPeriod report,
      long[][] monthly,
      PublicationLevels levels,
      List<int[]> groups,
      Aggregate measure) {
    Indicator indicator = indicator("n", measure);
    Programme programme = programme(monthly.length, levels, groups, indicator);
    List<Outcome> outcomes = new ArrayList<>();
    for (Period p : periods(report)) {
      long whole = 0;
      for (int d = 0; d < monthly.length; d++) {
        long v = sum(monthly[d], p);
        whole += v;
        outcomes.add(count("n", Unit.district(programme, d), p, v));
      }
      for (int k = 0; k < groups.size(); k++) {
        long v = 0;
        for (int d : groups.get(k)) {
          v += sum(monthly[d], p);
        }
        outcomes.add(count("n", Unit.group(programme, k), p, v));
      }
      outcomes.add(count("n", Unit.whole(programme), p, whole));
    }
    return results(programme, report, outcomes);
  }

  /** A breakdown of records by a column "k" into a, b and the unknown category. */
  static final rbs.model.Breakdown BREAKDOWN =
      rbs.model.Breakdown.of(
          "k",
          "K",
          "k",
          List.of(
              new rbs.model.Breakdown.Category.Value("a", "A"),
              new rbs.model.Breakdown.Category.Value("b", "B")),
          "?");

  /**
   * A count of records broken down by {@link #BREAKDOWN}: {@code monthly[c][d][m]} is category c's
   * count in district d and month m+1; the indicator's number is the sum of its categories, longer
   * periods and the whole are sums.
   */
  static Results breakdownCounts(
      ReportPeriod report, long[][][] monthly, PublicationLevels levels) {
    Aggregate records = new Aggregate(MeasureKind.COUNT, "s", Optional.empty(), Optional.empty());
    Indicator indicator =
        rbs.model.TestIndicators.brokenDown(indicator("n", records), List.of(BREAKDOWN));
    int districts = monthly[0].length;
    Programme programme = programme(districts, levels, indicator);
    List<Outcome> outcomes = new ArrayList<>();
    List<rbs.model.SliceOutcome> slices = new ArrayList<>();
    for (Period p : periods(report)) {
      long whole = 0;
      long[] categoryWhole = new long[monthly.length];
      for (int d = 0; d < districts; d++) {
        long v = 0;
        for (int c = 0; c < monthly.length; c++) {
          long x = sum(monthly[c][d], p);
          v += x;
          categoryWhole[c] += x;
          slices.add(
              new rbs.model.SliceOutcome(
                  BREAKDOWN.slices().get(c), count("n", Unit.district(programme, d), p, x)));
        }
        whole += v;
        outcomes.add(count("n", Unit.district(programme, d), p, v));
      }
      outcomes.add(count("n", Unit.whole(programme), p, whole));
      for (int c = 0; c < monthly.length; c++) {
        slices.add(
            new rbs.model.SliceOutcome(
                BREAKDOWN.slices().get(c), count("n", Unit.whole(programme), p, categoryWhole[c])));
      }
    }
    return results(programme, report, outcomes, slices);
  }

  /** Share outcomes with numerators and denominators per district and month, summed upwards. */
  static Results shares(ReportPeriod report, long[][] num, long[][] den) {
    return shares(report, num, den, PublicationLevels.standard());
  }

  static Results shares(ReportPeriod report, long[][] num, long[][] den, PublicationLevels levels) {
    Indicator indicator = indicator("s", new Share(PERSONS, PERSONS));
    Programme programme = programme(num.length, levels, indicator);
    List<Outcome> outcomes = new ArrayList<>();
    for (Period p : periods(report)) {
      long wn = 0;
      long wd = 0;
      for (int d = 0; d < num.length; d++) {
        long n = sum(num[d], p);
        long dd = sum(den[d], p);
        wn += n;
        wd += dd;
        outcomes.add(share("s", Unit.district(programme, d), p, n, dd));
      }
      outcomes.add(share("s", Unit.whole(programme), p, wn, wd));
    }
    return results(programme, report, outcomes);
  }

  static long sum(long[] months, Period p) {
    long s = 0;
    for (int m = p.firstMonth(); m <= p.lastMonth(); m++) {
      s += months[m - 1];
    }
    return s;
  }

  static Outcome count(String id, Unit unit, Period p, long v) {
    return new Outcome(
        id,
        unit,
        p,
        Optional.of(BigDecimal.valueOf(v)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        Flag.NONE,
        false);
  }

  static Outcome share(String id, Unit unit, Period p, long n, long d) {
    Optional<BigDecimal> value =
        d == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(100 * n)
                    .divide(BigDecimal.valueOf(d), 6, java.math.RoundingMode.HALF_UP));
    return new Outcome(
        id,
        unit,
        p,
        value,
        Optional.of(BigDecimal.valueOf(n)),
        Optional.of(BigDecimal.valueOf(d)),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        d == 0 ? Flag.MISSING : Flag.NONE,
        false);
  }

  static Results results(Programme programme, ReportPeriod report, List<Outcome> outcomes) {
    return results(programme, report, outcomes, List.of());
  }

  private static Results results(
      Programme programme,
      ReportPeriod report,
      List<Outcome> outcomes,
      List<rbs.model.SliceOutcome> slices) {
    return new Results(
        programme,
        report,
        LocalDate.of(report.year() + 1, 1, 15),
        outcomes,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        rbs.model.Publication.internal(),
        slices);
  }
}
