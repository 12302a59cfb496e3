package rbs.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers of one outcome as its measure makes them from its aggregates' values, before targets,
 * trend and coverage.
 *
 * @param value unrounded; empty when a ratio's denominator is zero (no value, not 0)
 * @param numerator for shares and rates, the count behind the value
 * @param denominator for shares and rates, the count (or population) behind the value
 */
public record Figures(
    Optional<BigDecimal> value, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator) {

  /** The digits kept after the point of a ratio (before the indicator's rounding for display). */
  public static final int SCALE = 10;

  public Figures {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }

  /** A volume: the value alone. */
  public static Figures of(BigDecimal value) {
    return new Figures(Optional.of(value), Optional.empty(), Optional.empty());
  }

  /** numerator × scale / denominator; a zero denominator gives no value. */
  public static Figures ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal scale) {
    Optional<BigDecimal> value =
        denominator.signum() == 0
            ? Optional.empty()
            : Optional.of(
                numerator
                    .multiply(scale)
                    .divide(denominator, SCALE, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros());
    return new Figures(value, Optional.of(numerator), Optional.of(denominator));
  }
}
