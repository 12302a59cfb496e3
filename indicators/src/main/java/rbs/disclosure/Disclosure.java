package rbs.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rbs.model.Aggregate;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Rate;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * Disclosure control for published reports: withholds counts of persons or records below the
 * programme's threshold (primary suppression) and then every further cell that would let a reader
 * recover a withheld one by subtraction (secondary suppression), proven with an exact linear
 * algebra test. See {@code docs/disclosure.md}.
 */
public final class Disclosure {

  private Disclosure() {}

  /** The results as they may be published: withheld outcomes carry flag {@code ..} and no value. */
  public static Results suppress(Results results) {
    int threshold = results.programme().disclosureThreshold();
    Map<String, List<Outcome>> byIndicator = new LinkedHashMap<>();
    for (Outcome o : results.outcomes()) {
      byIndicator.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
    }
    Set<Key> withheld = new HashSet<>();
    for (Map.Entry<String, List<Outcome>> e : byIndicator.entrySet()) {
      Optional<Indicator> indicator = results.programme().indicator(e.getKey());
      if (indicator.isEmpty() || !isProtected(indicator.get().measure())) {
        continue;
      }
      withheld.addAll(suppressTable(indicator.get().measure(), e.getValue(), threshold));
    }
    List<Outcome> outcomes = new ArrayList<>(results.outcomes().size());
    for (Outcome o : results.outcomes()) {
      outcomes.add(publishable(o, withheld));
    }
    List<GoalOutcome> goals = new ArrayList<>(results.goals().size());
    Map<String, Goal> goalsById = new HashMap<>();
    results.programme().goals().forEach(g -> goalsById.put(g.id(), g));
    for (GoalOutcome g : results.goals()) {
      Goal goal = goalsById.get(g.goalId());
      boolean touched =
          goal != null
              && goal.indicators().stream()
                  .anyMatch(i -> withheld.contains(new Key(i.id(), g.unit(), g.period())));
      goals.add(
          touched ? new GoalOutcome(g.goalId(), g.unit(), g.period(), Status.NOT_ASSESSABLE) : g);
    }
    return new Results(
        results.programme(),
        results.period(),
        results.asOf(),
        outcomes,
        goals,
        results.inputs(),
        results.missing(),
        results.rejects());
  }

  /** Counts of people or records are protected; sums (e.g. nights) are not counts of people. */
  static boolean isProtected(Measure measure) {
    return !(measure instanceof Aggregate aggregate) || aggregate.isCount();
  }

  /** Which outcome of which indicator. */
  record Key(String indicatorId, Unit unit, Period period) {}

  /** The withheld cells of one indicator's table: primary, then secondary until safe. */
  static Set<Key> suppressTable(Measure measure, List<Outcome> outcomes, int threshold) {
    List<Outcome> cells = new ArrayList<>();
    List<Outcome> forecasts = new ArrayList<>();
    for (Outcome o : outcomes) {
      (o.period().kind() == PeriodKind.FORECAST ? forecasts : cells).add(o);
    }
    BitSet hidden = new BitSet();
    BitSet fixed = new BitSet();
    long[] size = new long[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      size[i] = size(measure, cells.get(i));
      // A cell shown as missing stays "-": its contribution to any total is known to be nothing.
      fixed.set(i, cells.get(i).flag() == Flag.MISSING);
      if (isPrimary(measure, cells.get(i), threshold)) {
        hidden.set(i);
      }
    }
    LinearRelations relations = TableRelations.of(cells);
    Secondary.complete(relations, hidden, fixed, size);
    Set<Key> keys = new HashSet<>();
    for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
      keys.add(key(cells.get(i)));
    }
    // A forecast is the year to date scaled up: it reveals what the year to date hides.
    for (Outcome f : forecasts) {
      boolean ytdHidden =
          cells.stream()
              .anyMatch(
                  c ->
                      c.unit().equals(f.unit())
                          && c.period().kind() == PeriodKind.YEAR_TO_DATE
                          && c.period().year() == f.period().year()
                          && keys.contains(key(c)));
      if (ytdHidden) {
        keys.add(key(f));
      }
    }
    return keys;
  }

  /** Whether the outcome itself is too small to show (before any secondary suppression). */
  static boolean isPrimary(Measure measure, Outcome o, int threshold) {
    if (measure instanceof Share) {
      long num = count(o.numerator());
      long den = count(o.denominator());
      return small(den, threshold) || small(num, threshold) || small(den - num, threshold);
    }
    if (measure instanceof Rate) {
      return small(count(o.numerator()), threshold);
    }
    return small(count(o.value()), threshold);
  }

  private static boolean small(long count, int threshold) {
    return count >= 1 && count < threshold;
  }

  /** The count that stands for a cell when choosing which cells to withhold (smallest first). */
  static long size(Measure measure, Outcome o) {
    if (measure instanceof Share) {
      return count(o.denominator());
    }
    if (measure instanceof Rate) {
      return count(o.numerator());
    }
    return count(o.value());
  }

  private static long count(Optional<BigDecimal> value) {
    return value.map(v -> v.setScale(0, java.math.RoundingMode.HALF_UP).longValue()).orElse(0L);
  }

  private static Key key(Outcome o) {
    return new Key(o.indicatorId(), o.unit(), o.period());
  }

  private static Outcome publishable(Outcome o, Set<Key> withheld) {
    if (withheld.contains(key(o))) {
      return new Outcome(
          o.indicatorId(),
          o.unit(),
          o.period(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          o.target(),
          Status.NOT_ASSESSABLE,
          Trend.NOT_COMPARABLE,
          Flag.WITHHELD,
          o.incomplete());
    }
    boolean previousHidden =
        o.period().kind() != PeriodKind.FORECAST
            && withheld.contains(new Key(o.indicatorId(), o.unit(), o.period().previousYear()));
    if (previousHidden && o.trend() != Trend.NOT_COMPARABLE) {
      // Better or worse than a withheld value would tell which side of it the value lies.
      return new Outcome(
          o.indicatorId(),
          o.unit(),
          o.period(),
          o.value(),
          o.numerator(),
          o.denominator(),
          o.target(),
          o.status(),
          Trend.NOT_COMPARABLE,
          o.flag(),
          o.incomplete());
    }
    return o;
  }
}
