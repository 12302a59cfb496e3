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
 * @param breakdowns the breakdowns its outcomes are also computed by, each category a separate
 *     outcome (see {@link SliceOutcome})
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
    String notes,
    List<Breakdown> breakdowns) {

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
    breakdowns = List.copyOf(breakdowns);
    if (!breakdowns.isEmpty() && !measure.canBreakDown()) {
      throw new IllegalArgumentException(id + ": a " + measure.kind().key() + " has no breakdown");
    }
  }

  /** An indicator not broken down. */
  public Indicator(
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
    this(
        id,
        name,
        description,
        measure,
        unit,
        decimals,
        polarity,
        tolerance,
        prorate,
        targets,
        comparableFrom,
        notes,
        List.of());
  }

  /**
   * Every aggregate computed for it: its measure's, then those of its measure in each breakdown
   * category.
   */
  public List<Aggregate> aggregates() {
    List<Aggregate> all = new java.util.ArrayList<>(measure.aggregates());
    slices().forEach(s -> all.addAll(measure.in(s).aggregates()));
    return List.copyOf(all);
  }

  /** The same indicator with other targets (a targets file's added to the programme's). */
  public Indicator withTargets(List<Target> newTargets) {
    return new Indicator(
        id,
        name,
        description,
        measure,
        unit,
        decimals,
        polarity,
        tolerance,
        prorate,
        newTargets,
        comparableFrom,
        notes,
        breakdowns);
  }

  /** Every category of every breakdown, breakdowns in declared order. */
  public List<Slice> slices() {
    return breakdowns.stream().flatMap(b -> b.slices().stream()).toList();
  }

  /**
   * The indicator as computed for one category: its measure over the slice's records, judged
   * against no target and with no forecast (targets are set for the whole), same id, unit and
   * polarity.
   */
  public Indicator in(Slice slice) {
    return new Indicator(
        id,
        name,
        description,
        measure.in(slice),
        unit,
        decimals,
        polarity,
        tolerance,
        false,
        List.of(),
        comparableFrom,
        notes,
        List.of());
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
