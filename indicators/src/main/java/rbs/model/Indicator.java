package rbs.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator: a measured number with its display, its targets and how fulfilment is judged.
 *
 * @param tolerance the fraction of the target (e.g. 0.9) that still counts as partly met; for
 *     lower-is-better indicators the outcome may exceed the target by the same fraction (target /
 *     0.9)
 * @param prorate for flow counts: a period without its own target gets the annual target × months /
 *     12
 * @param comparableFrom the first year whose outcome may be compared with the year before; earlier
 *     comparisons are marked not comparable (the definition or source changed)
 */
public record Indicator(
    String id,
    String name,
    String description,
    Measure measure,
    String unit,
    int decimals,
    Polarity polarity,
    BigDecimal tolerance,
    boolean prorate,
    List<Target> targets,
    Optional<Integer> comparableFrom,
    String notes) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(comparableFrom, "comparableFrom");
    Objects.requireNonNull(notes, "notes");
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be 0..6");
    }
    targets = List.copyOf(targets);
  }

  /** The money its values are in, when its unit is kr, tkr or mnkr: a sum of amounts. */
  public Optional<Money> money() {
    return Money.ofUnit(unit);
  }

  /** Whether the outcome is a share in percent. */
  public boolean isShare() {
    return measure.kind() == MeasureKind.SHARE;
  }
}
