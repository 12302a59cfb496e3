package rbs.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import rbs.model.Indicator;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Polarity;
import rbs.model.Status;
import rbs.model.Target;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * Targets, fulfilment and trend of one indicator: which target applies to a unit and period, and
 * how a value compares with it and with last year, judged on the value as displayed.
 */
final class Fulfilment {

  private final Indicator indicator;

  Fulfilment(Indicator indicator) {
    this.indicator = indicator;
  }

  /**
   * The target of a unit and period: the most specific of district+tertial, district, tertial and
   * year. A tertial target is the target of the year-to-date report at that tertial's end (also the
   * year for tertial 3, and tertial 1 alone, which has the same months). An annual target applies
   * to a shorter period pro-rated by months (rounded to the indicator's decimals) when the
   * indicator says prorate, else as it is. A target without a district applies to every unit for
   * shares and rates, but only to the whole municipality for counts and sums.
   */
  Optional<BigDecimal> target(Unit unit, Period period) {
    int tertial = reportTertial(period);
    Target best = null;
    int bestRank = -1;
    for (Target t : indicator.targets()) {
      if (t.year() != period.year()) {
        continue;
      }
      boolean forDistrict = t.district().isPresent();
      if (forDistrict && (unit.isWhole() || !unit.names().contains(t.district().get()))) {
        continue;
      }
      if (!forDistrict && !unit.isWhole() && isVolume()) {
        // a city-wide count target says nothing about one district's share of the work
        continue;
      }
      boolean forTertial = t.tertial().isPresent();
      if (forTertial && t.tertial().get() != tertial) {
        continue;
      }
      int rank = (forDistrict ? 2 : 0) + (forTertial ? 1 : 0);
      if (rank > bestRank) {
        best = t;
        bestRank = rank;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (best.tertial().isPresent() || period.months() == 12 || !indicator.prorate()) {
      return Optional.of(best.value());
    }
    return Optional.of(
        best.value()
            .multiply(BigDecimal.valueOf(period.months()))
            .divide(BigDecimal.valueOf(12), indicator.decimals(), RoundingMode.HALF_UP));
  }

  /** Counts and sums (not shares or rates) add up over districts, so their targets do too. */
  private boolean isVolume() {
    return indicator.measure().isVolume();
  }

  /** The tertial whose year-to-date report a period is, or 0. */
  private static int reportTertial(Period p) {
    boolean fromJanuary = p.firstMonth() == 1;
    boolean tertialEnd = p.lastMonth() % 4 == 0;
    if (p.kind() == PeriodKind.MONTH || !fromJanuary || !tertialEnd) {
      return 0;
    }
    return p.lastMonth() / 4;
  }

  /** The value as displayed: rounded half up to the indicator's decimals. */
  BigDecimal displayed(BigDecimal value) {
    return value.setScale(indicator.decimals(), RoundingMode.HALF_UP);
  }

  /**
   * Not judged for a neutral indicator. Otherwise met when the displayed value reaches the target;
   * partly when it is within the tolerance (higher: at least target × tolerance; lower: at most
   * target / tolerance); else not met.
   */
  Status status(Optional<BigDecimal> value, Optional<BigDecimal> target) {
    if (value.isEmpty() || target.isEmpty()) {
      return Status.NOT_ASSESSABLE;
    }
    if (indicator.polarity() == Polarity.NEUTRAL) {
      return Status.NOT_JUDGED;
    }
    BigDecimal v = displayed(value.get());
    BigDecimal t = target.get();
    BigDecimal tol = indicator.tolerance();
    if (indicator.polarity() == Polarity.HIGHER_IS_BETTER) {
      if (v.compareTo(t) >= 0) {
        return Status.MET;
      }
      return v.compareTo(t.multiply(tol)) >= 0 ? Status.PARTLY : Status.NOT_MET;
    }
    if (v.compareTo(t) <= 0) {
      return Status.MET;
    }
    if (tol.signum() <= 0) {
      return Status.NOT_MET;
    }
    BigDecimal limit = t.divide(tol, 12, RoundingMode.HALF_UP);
    return v.compareTo(limit) <= 0 ? Status.PARTLY : Status.NOT_MET;
  }

  /**
   * Better, unchanged or worse by the displayed values and the polarity; not comparable when either
   * is missing or incomplete or the year is before the indicator's comparable-from year.
   */
  Trend trend(int year, Optional<BigDecimal> value, Optional<BigDecimal> previous) {
    if (value.isEmpty() || previous.isEmpty()) {
      return Trend.NOT_COMPARABLE;
    }
    if (indicator.comparableFrom().isPresent() && year < indicator.comparableFrom().get()) {
      return Trend.NOT_COMPARABLE;
    }
    int c = displayed(value.get()).compareTo(displayed(previous.get()));
    if (c == 0) {
      return Trend.UNCHANGED;
    }
    boolean up = c > 0;
    if (indicator.polarity() == Polarity.NEUTRAL) {
      return up ? Trend.HIGHER : Trend.LOWER;
    }
    return up == (indicator.polarity() == Polarity.HIGHER_IS_BETTER) ? Trend.BETTER : Trend.WORSE;
  }
}
