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
        raws.put(p, raw(indicator.measure(), sources, unit, p));
      }
      for (Period p : plan.outputPeriods()) {
        if (plan.isEarlierYear(p) && !covered(sources, p)) {
          continue; // years before the data begin are not reported at all
        }
        Raw r = raws.get(p);
        Raw last = raws.get(p.previousYear());
        Trend trend =
            last == null || r.incomplete || last.incomplete
                ? Trend.NOT_COMPARABLE
                : fulfilment.trend(p.year(), r.value, last.value);
        out.add(outcome(indicator, fulfilment, unit, p, r, trend));
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
                Trend.NOT_COMPARABLE));
      }
    }
    out.sort((a, b) -> a.period().compareTo(b.period()));
    out.sort((a, b) -> a.unit().compareTo(b.unit()));
    return out;
  }

  /** Whether the sources have any rows in the period for the whole municipality. */
  private boolean covered(Set<String> sources, Period p) {
    return coverage.state(sources, programme.whole(), p) != Coverage.State.MISSING;
  }

  private static Outcome outcome(
      Indicator indicator, Fulfilment f, Unit unit, Period p, Raw r, Trend trend) {
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
        trend,
        r.flag,
        r.incomplete);
  }

  private Raw raw(Measure measure, Set<String> sources, Unit unit, Period p) {
    Raw r = new Raw();
    Coverage.State state = coverage.state(sources, unit, p);
    if (state == Coverage.State.MISSING) {
      r.flag = Flag.MISSING;
      return r;
    }
    r.incomplete = state == Coverage.State.INCOMPLETE;
    Figures f = measure.figures(values(unit), p);
    r.value = f.value();
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
}
