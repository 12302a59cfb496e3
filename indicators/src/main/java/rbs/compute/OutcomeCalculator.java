package rbs.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import rbs.model.Figures;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * Turns aggregate values into the outcomes of one indicator for every unit and period of the plan:
 * values (shares Σnumerator/Σdenominator, rates per population), missing and incomplete data,
 * targets, fulfilment, trend and, in tertial reports, the full-year forecast of flow counts.
 */
final class OutcomeCalculator {

  private static final int SCALE = Figures.SCALE;

  private final Programme programme;
  private final AggregationPlan plan;
  private final AggregateTable table;
  private final Coverage coverage;

  OutcomeCalculator(
      Programme programme, AggregationPlan plan, AggregateTable table, Coverage coverage) {
    this.programme = programme;
    this.plan = plan;
    this.table = table;
    this.coverage = coverage;
  }

  /** The value behind an outcome, before targets and trend. */
  private static final class Raw {
    Optional<BigDecimal> value = Optional.empty();
    Optional<BigDecimal> numerator = Optional.empty();
    Optional<BigDecimal> denominator = Optional.empty();
    Flag flag = Flag.NONE;
    boolean incomplete;
  }

  /** Outcomes of the indicator, sorted by unit then period. */
  List<Outcome> outcomes(Indicator indicator) {
    Fulfilment fulfilment = new Fulfilment(indicator);
    Set<String> sources = new TreeSet<>();
    indicator.measure().aggregates().forEach(a -> sources.add(a.source()));
    List<Outcome> out = new ArrayList<>();
    for (Unit unit : programme.units()) {
      Map<Period, Raw> raws = new HashMap<>();
      for (Period p : plan.outputPeriods()) {
        raws.put(p, raw(indicator, sources, unit, p));
      }
      Optional<Period> baseline =
          programme
              .baseline()
              .map(b -> b.periodOf(indicator.id()))
              .filter(plan.baselines()::contains);
      for (Period p : plan.outputPeriods()) {
        boolean own = baseline.filter(p::equals).isPresent();
        if (plan.isBaselineOnly(p) && !own) {
          continue; // another indicator's baseline year
        }
        if (plan.isEarlierYear(p) && !covered(sources, p) && !own) {
          continue; // years before the data begin are not reported at all; a baseline is missing
        }
        Raw r = raws.get(p);
        // a trend compares with the measurement before: last year, or (a survey every k years)
        // the same period k years back
        Period before = p.previousYear();
        for (int k = 1; k < every(indicator); k++) {
          before = before.previousYear();
        }
        Raw last = raws.get(before);
        Comparison comparison;
        if (last == null) {
          comparison = Comparison.NONE;
        } else if (!r.incomplete && !last.incomplete) {
          comparison = new Comparison(fulfilment.trend(p.year(), r.value, last.value), List.of());
        } else {
          comparison = partial(indicator.measure(), fulfilment, sources, unit, p, before);
        }
        out.add(outcome(indicator, fulfilment, unit, p, r, comparison));
      }
      if (!plan.report().isAnnual()
          && !plan.report().isRolling()
          && indicator.prorate()
          && indicator.measure().isVolume()) {
        Period ytd = Period.yearToDate(plan.report().year(), plan.report().lastMonth());
        Raw f = forecast(indicator.measure(), sources, unit, raws.get(ytd), ytd);
        out.add(
            outcome(
                indicator,
                fulfilment,
                unit,
                Period.forecast(plan.report().year()),
                f,
                Comparison.NONE));
      }
    }
    out.sort((a, b) -> a.period().compareTo(b.period()));
    out.sort((a, b) -> a.unit().compareTo(b.unit()));
    return out;
  }

  /**
   * Whether the sources have any rows in the period for the whole municipality; an earlier year
   * without a measurement (a survey every second year) is left out like a year before the data.
   */
  private boolean covered(Set<String> sources, Period p) {
    Coverage.State state = coverage.state(sources, programme.whole(), p);
    return state != Coverage.State.MISSING && state != Coverage.State.NOT_MEASURED;
  }

  /** A trend and the districts left out of it. */
  private record Comparison(Trend trend, List<String> without) {
    static final Comparison NONE = new Comparison(Trend.NOT_COMPARABLE, List.of());
  }

  /**
   * The trend of an incomplete outcome: not comparable for a district (its own months are missing);
   * for the municipality, the sum over the districts that delivered every month of the period in
   * both years, compared year against year, so that one district's missing month does not take the
   * city's trend away. Counts of persons are summed over those districts (a person in two of them
   * counts twice, in both years alike); shares and rates are Σnumerator / Σdenominator over them.
   */
  private Comparison partial(
      Measure measure,
      Fulfilment fulfilment,
      Set<String> sources,
      Unit unit,
      Period p,
      Period before) {
    if (!unit.isWhole() || plan.isEarlierYear(p)) {
      return Comparison.NONE;
    }
    List<Unit> comparable = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Unit d : programme.units()) {
      if (!d.isDistrict()) {
        continue; // the whole, and groups, which are made of districts
      }
      boolean both =
          coverage.state(sources, d, p) == Coverage.State.COMPLETE
              && coverage.state(sources, d, before) == Coverage.State.COMPLETE;
      if (both) {
        comparable.add(d);
      } else {
        without.add(d.name());
      }
    }
    if (comparable.isEmpty() || without.isEmpty()) {
      // no district delivered both years, or a month is missing for all alike: nothing to compare
      return Comparison.NONE;
    }
    Measure.AggregateValues sum =
        (aggregate, period) -> {
          BigDecimal total = BigDecimal.ZERO;
          for (Unit d : comparable) {
            total = total.add(table.value(aggregate, d, period));
          }
          return total;
        };
    Optional<BigDecimal> now = measure.figures(sum, p).value();
    Optional<BigDecimal> then = measure.figures(sum, before).value();
    Trend trend = fulfilment.trend(p.year(), now, then);
    return trend == Trend.NOT_COMPARABLE ? Comparison.NONE : new Comparison(trend, without);
  }

  private static Outcome outcome(
      Indicator indicator, Fulfilment f, Unit unit, Period p, Raw r, Comparison comparison) {
    Optional<BigDecimal> target = f.target(unit, p);
    Status status = f.status(r.value, target);
    return new Outcome(
        indicator.id(),
        unit,
        p,
        r.value,
        r.numerator,
        r.denominator,
        target,
        status,
        comparison.trend(),
        r.flag,
        r.incomplete,
        comparison.without());
  }

  private Raw raw(Indicator indicator, Set<String> sources, Unit unit, Period p) {
    Measure measure = indicator.measure();
    Raw r = new Raw();
    Coverage.State state = coverage.state(sources, unit, p);
    if (state == Coverage.State.MISSING || state == Coverage.State.NOT_MEASURED) {
      r.flag = state == Coverage.State.MISSING ? Flag.MISSING : Flag.NOT_MEASURED;
      return r;
    }
    r.incomplete = state == Coverage.State.INCOMPLETE;
    Figures f = measure.figures(values(unit), p);
    // a sum of amounts (kronor in the extracts) in the indicator's money unit
    r.value = f.value().map(v -> indicator.money().map(m -> m.of(v)).orElse(v));
    r.numerator = f.numerator();
    r.denominator = f.denominator();
    if (f.value().isEmpty()) {
      r.flag = Flag.MISSING; // a ratio over a zero denominator: no value, not 0
    }
    return r;
  }

  /** The aggregate values of one unit. */
  private Measure.AggregateValues values(Unit unit) {
    return (aggregate, period) -> table.value(aggregate, unit, period);
  }

  /**
   * Full-year forecast: year-to-date × last year's full year / last year's same months when last
   * year is complete and non-zero (seasonal), else year-to-date × 12 / months (linear).
   */
  private Raw forecast(Measure volume, Set<String> sources, Unit unit, Raw ytd, Period ytdPeriod) {
    Raw f = new Raw();
    f.flag = ytd.flag;
    f.incomplete = ytd.incomplete;
    if (ytd.value.isEmpty()) {
      return f;
    }
    BigDecimal v = ytd.value.get();
    Period lastYear = Period.year(ytdPeriod.year() - 1);
    BigDecimal lastYtd = value(volume, unit, ytdPeriod.previousYear());
    BigDecimal lastFull = value(volume, unit, lastYear);
    BigDecimal value;
    if (coverage.state(sources, unit, lastYear) == Coverage.State.COMPLETE
        && lastYtd.signum() > 0) {
      value = v.multiply(lastFull).divide(lastYtd, SCALE, RoundingMode.HALF_EVEN);
    } else {
      value =
          v.multiply(BigDecimal.valueOf(12))
              .divide(BigDecimal.valueOf(ytdPeriod.months()), SCALE, RoundingMode.HALF_EVEN);
    }
    f.value = Optional.of(value.stripTrailingZeros());
    return f;
  }

  /** A volume's value (always there: only ratios can lack one). */
  private BigDecimal value(Measure volume, Unit unit, Period period) {
    return volume.figures(values(unit), period).value().orElse(BigDecimal.ZERO);
  }

  /** Years between measurements of the indicator's sources: the longest among them. */
  private int every(Indicator indicator) {
    int every = 1;
    for (rbs.model.Aggregate a : indicator.measure().aggregates()) {
      every =
          Math.max(every, programme.source(a.source()).map(s -> s.periodicity().every()).orElse(1));
    }
    return every;
  }
}
