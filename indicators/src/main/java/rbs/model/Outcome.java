package rbs.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The computed outcome (utfall) of one indicator for one unit and one period.
 *
 * @param value unrounded; shares in percent; empty when missing, undefined (zero denominator) or
 *     withheld
 * @param numerator for shares and rates, the count behind the value
 * @param denominator for shares and rates, the count (or population) behind the value
 * @param target the target that applies to this unit and period, if any
 * @param status fulfilment judged on the value as displayed (rounded to the indicator's decimals)
 * @param trend against the outcome of {@code period.previousYear()} for the same unit (which is
 *     itself an outcome in the results), judged with polarity; NOT_COMPARABLE when there is nothing
 *     to compare
 * @param flag why no value is shown, if so
 * @param incomplete the unit delivered no data for some (not all) months of the period
 * @param trendWithout the districts left out of the trend of a municipality's incomplete outcome:
 *     its trend then compares the districts that delivered every month of both years (see
 *     docs/computation.md); empty when the trend compares the whole
 */
public record Outcome(
    String indicatorId,
    Unit unit,
    Period period,
    Optional<BigDecimal> value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    Optional<BigDecimal> target,
    Status status,
    Trend trend,
    Flag flag,
    boolean incomplete,
    List<String> trendWithout) {

  public Outcome {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(flag, "flag");
    trendWithout = List.copyOf(trendWithout);
  }

  /** An outcome whose trend, if any, compares the whole unit. */
  public Outcome(
      String indicatorId,
      Unit unit,
      Period period,
      Optional<BigDecimal> value,
      Optional<BigDecimal> numerator,
      Optional<BigDecimal> denominator,
      Optional<BigDecimal> target,
      Status status,
      Trend trend,
      Flag flag,
      boolean incomplete) {
    this(
        indicatorId,
        unit,
        period,
        value,
        numerator,
        denominator,
        target,
        status,
        trend,
        flag,
        incomplete,
        List.of());
  }

  /** Whether the trend compares only part of the municipality (some districts left out). */
  public boolean partialTrend() {
    return !trendWithout.isEmpty();
  }

  /** What this is an outcome of, as outcomes are looked up. */
  public ResultKey key() {
    return new ResultKey(indicatorId, unit, period);
  }
}
