package rbs.samples.attack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The independent attacker: given what was published (one or more results.csv), tries to recover or
 * box in the small counts that were withheld, as a reader of the committee papers could. It is
 * written without looking at {@code rbs.disclosure} and uses a different solver, so that it does
 * not share that code's blind spots.
 *
 * <p><b>Unknowns.</b> A cell is indicator × unit × from–to span (forecasts aside); its numbers are
 * the value of a count, or the numerator and the denominator of a share (both counts). A number
 * shown in any of the publications is known; a number withheld ({@code ..}) in some and shown in
 * none is an unknown to attack; a number never shown (no data, {@code -}) or a cell in no
 * publication that a relation needs is an unknown nobody protects. Every unknown is ≥ 0.
 *
 * <p><b>Relations a reader knows</b> (built by {@link ReaderRelations} from the cells present,
 * never assuming a level exists):
 *
 * <ol>
 *   <li>a span equals the sum of the months that tile it, when any of those months appears, per
 *       unit (a tertial or a year to date is the sum of its months);
 *   <li>likewise a span equals the sum of any other shorter spans of one length that tile it: a
 *       year to date or a year is the sum of its tertials;
 *   <li>two rows with the same from–to (the tertial and the year to date Jan–Apr; the year and the
 *       year to date Jan–Dec) are one cell, and so is the same cell in several publications;
 *   <li>the municipality equals the sum of its districts, per span;
 *   <li>a share's numerator is at most its denominator, and where its percentage is shown but not
 *       its counts, numerator = percentage / 100 × denominator;
 *   <li>every number is ≥ 0 (integrality is not used: the ranges are those of real numbers).
 * </ol>
 *
 * Relations 1, 2 and 4 hold exactly for counts of records but only roughly for distinct persons (a
 * person in two months counts once in the tertial, a person who moved once in the city), so they
 * are soft. Each says that the excess Σ parts − whole lies in a band: [0, 0] — whole = Σ parts — in
 * the {@link Model#EXACT} model; in the {@link Model#CALIBRATED} model (the default) the band the
 * fully shown relations of the same family show, or, where shown parts alone already exceed their
 * whole and nothing calibrates the overlap, the band that holds for any count (see {@link
 * Calibration}). The attack first finds the least total violation of the bands (a linear programme
 * with a slack pair per relation), then, held to that least violation (plus {@link
 * IntervalSolver#TOLERANCE}), the least and the greatest value of each withheld small count; a
 * range that leaks is solved again with the other pivot rule and the wider answer kept (see {@link
 * Simplex}). It also gives the least-squares estimate (the shortest least-squares solution of the
 * bands' middles, rounded, at least 0).
 *
 * <p>Taken as exact, the relations of distinct persons mislead: where the shown months of a tertial
 * already add up to more than the tertial, the least violation puts every withheld month at 0 and
 * "proves" it, whatever its true value. On the sample's 2014-T1 publication the exact model reports
 * 93 counts determined or boxed, 67 of them wrongly (true value outside the range); the calibrated
 * one 15, all right.
 *
 * <p><b>Verdict</b> for a withheld count whose true value (from the internal run) is small, that is
 * 1 to threshold − 1 — for a share its numerator, denominator or denominator − numerator: with [lo,
 * hi] its range, {@link Verdict#DETERMINED} when hi − lo &lt; 0.5, {@link Verdict#BOXED} when hi −
 * lo &lt; threshold, else {@link Verdict#SAFE}. Further findings: a small count shown outright
 * ({@link Verdict#SHOWN}); a forecast shown while the year to date it is derived from is withheld
 * ({@link ForecastLeak}).
 */
final class PublicationAttacker {

  /** How the reader takes the relations 1, 2 and 4. */
  enum Model {
    /** whole = Σ parts for every relation, violations kept as small as the shown numbers allow. */
    EXACT,
    /** Σ parts − whole within the band the fully shown relations of its family show. */
    CALIBRATED
  }

  private final int threshold;
  private final String whole;
  private final Map<String, List<String>> groups;
  private final Model model;

  /**
   * @param threshold the disclosure threshold: counts of 1 to threshold − 1 must not be learnt
   * @param whole the unit that is the whole municipality (e.g. "Stockholm")
   */
  PublicationAttacker(int threshold, String whole, Model model) {
    this(threshold, whole, model, Map.of());
  }

  /**
   * @param groups groups of districts the programme declares: each one's name and members
   */
  PublicationAttacker(int threshold, String whole, Model model, Map<String, List<String>> groups) {
    this.groups = Map.copyOf(groups);
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold below 1: " + threshold);
    }
    this.threshold = threshold;
    this.whole = Objects.requireNonNull(whole, "whole");
    this.model = Objects.requireNonNull(model, "model");
  }

  PublicationAttacker(int threshold, String whole) {
    this(threshold, whole, Model.CALIBRATED);
  }

  /**
   * Attacks publications read together.
   *
   * @param published the published results.csv files
   * @param internal the internal results.csv files of the same runs: the true values
   */
  AttackReport attack(String name, List<ResultsTable> published, List<ResultsTable> internal) {
    List<ResultsTable> all = new ArrayList<>(published);
    all.addAll(internal);
    Set<String> shares = shares(all);
    Knowledge k = Knowledge.of(published, shares);
    Knowledge truth = Knowledge.of(internal, shares);
    List<Relation> relations = ReaderRelations.of(k, whole, groups);
    Calibration calibration =
        model == Model.EXACT ? Calibration.exact() : Calibration.learn(k, relations, threshold);
    Unknowns unknowns = Unknowns.of(k, relations, calibration, shareScales(all));

    List<Finding> withheld = new ArrayList<>();
    for (Cell cell : k.withheldCells()) {
      for (Count count : Count.of(k.isShare(cell.indicator()))) {
        double t = count.evaluate(cell, i -> boxed(truth.value(i)));
        if (small(t) && !allKnown(k, count.terms(cell).keySet())) {
          Interval range = range(unknowns, count.terms(cell));
          double estimate = Math.max(0, Math.rint(unknowns.estimate(count.terms(cell))));
          withheld.add(new Finding(cell, count, t, range, estimate, Verdict.of(range, threshold)));
        }
      }
    }
    List<Finding> shown = new ArrayList<>();
    for (Cell cell : k.cells()) {
      for (Count count : Count.of(k.isShare(cell.indicator()))) {
        double v = count.evaluate(cell, i -> boxed(k.value(i)));
        if (small(v)) {
          shown.add(new Finding(cell, count, v, new Interval(v, v), v, Verdict.SHOWN));
        }
      }
    }
    return new AttackReport(
        name,
        threshold,
        withheld,
        shown,
        forecastLeaks(published, k),
        coverage(published, k, truth),
        k.conflicts());
  }

  /**
   * The range of a count: points already found that span at least the threshold prove it safe;
   * otherwise it is solved for, and a range that leaks is solved again for a second opinion.
   */
  private Interval range(Unknowns unknowns, Map<Item, Double> terms) {
    Optional<Interval> seen = unknowns.witnessed(terms);
    if (seen.isPresent() && seen.get().width() >= threshold) {
      return seen.get();
    }
    Interval range = unknowns.range(terms);
    return Verdict.of(range, threshold).leaks() ? unknowns.secondOpinion(terms) : range;
  }

  boolean small(double count) {
    return !Double.isNaN(count) && count > 0.5 && count < threshold - 0.5;
  }

  /** Forecasts shown while the year to date they come from is withheld everywhere. */
  private static List<ForecastLeak> forecastLeaks(List<ResultsTable> published, Knowledge k) {
    List<ForecastLeak> leaks = new ArrayList<>();
    for (ResultsTable t : published) {
      for (ResultRow r : t.rows()) {
        if (!r.forecast() || r.value().isEmpty()) {
          continue;
        }
        Optional<Cell> ytd = yearToDate(t, r);
        if (ytd.isPresent()
            && k.quantities(r.indicator()).stream()
                .anyMatch(q -> k.state(ytd.get().item(q)) == Knowledge.State.WITHHELD)) {
          leaks.add(new ForecastLeak(t.name(), ytd.get(), r.value().getAsDouble()));
        }
      }
    }
    return leaks;
  }

  /**
   * The year to date a forecast row projects: in the same publication, the longest span of the same
   * indicator and unit that starts with the forecast's year and ends before it.
   */
  private static Optional<Cell> yearToDate(ResultsTable t, ResultRow forecast) {
    Cell best = null;
    for (ResultRow r : t.rows()) {
      if (!r.forecast()
          && r.indicator().equals(forecast.indicator())
          && r.unit().equals(forecast.unit())
          && r.span().from().equals(forecast.span().from())
          && r.span().to().isBefore(forecast.span().to())
          && (best == null || r.span().to().isAfter(best.span().to()))) {
        best = r.cell();
      }
    }
    return Optional.ofNullable(best);
  }

  private Coverage coverage(List<ResultsTable> published, Knowledge k, Knowledge truth) {
    int cells = 0;
    int withheld = 0;
    int primary = 0;
    int unprotected = 0;
    int unprotectedShown = 0;
    Set<String> hidden = new LinkedHashSet<>();
    for (Cell cell : k.cells()) {
      cells++;
      boolean isSmall = smallTruth(cell, k, truth);
      boolean isWithheld =
          k.quantities(cell.indicator()).stream()
              .anyMatch(q -> k.state(cell.item(q)) == Knowledge.State.WITHHELD);
      boolean isShown =
          k.quantities(cell.indicator()).stream()
              .allMatch(q -> k.state(cell.item(q)) == Knowledge.State.KNOWN);
      if (isWithheld) {
        withheld++;
        primary += isSmall ? 1 : 0;
      }
      if (!isSmall && (isShown || isWithheld)) {
        unprotected++;
        unprotectedShown += isShown ? 1 : 0;
        // the headlines: the indicators' own municipality figures (a category of a breakdown of
        // the city may be withheld to protect a small one)
        if (isWithheld
            && cell.unit().equals(whole)
            && cell.span().length() > 1
            && !cell.indicator().contains(ResultsTable.CATEGORY)) {
          hidden.add(cell.toString());
        }
      }
    }
    for (ResultsTable t : published) {
      for (ResultRow r : t.rows()) {
        if (r.forecast() && r.unit().equals(whole) && r.withheld()) {
          Optional<Cell> ytd = yearToDate(t, r);
          if (ytd.isPresent() && !smallTruth(ytd.get(), k, truth)) {
            hidden.add(ytd.get() + " forecast (" + t.name() + ")");
          }
        }
      }
    }
    return new Coverage(
        cells,
        withheld,
        primary,
        withheld - primary,
        unprotected,
        unprotectedShown,
        List.copyOf(hidden));
  }

  private boolean smallTruth(Cell cell, Knowledge k, Knowledge truth) {
    return Count.of(k.isShare(cell.indicator())).stream()
        .anyMatch(c -> small(c.evaluate(cell, i -> boxed(truth.value(i)))));
  }

  private static boolean allKnown(Knowledge k, Set<Item> items) {
    return items.stream().allMatch(i -> k.state(i) == Knowledge.State.KNOWN);
  }

  private static Double boxed(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  /** The indicators that are shares: some row of them has a denominator. */
  private static Set<String> shares(List<ResultsTable> tables) {
    Set<String> shares = new LinkedHashSet<>();
    for (ResultsTable t : tables) {
      for (ResultRow r : t.rows()) {
        if (r.denominator().isPresent()) {
          shares.add(r.indicator());
        }
      }
    }
    return shares;
  }

  /** Per share, the factor between numerator / denominator and the value shown (100 for %). */
  private static Map<String, Double> shareScales(List<ResultsTable> tables) {
    Map<String, Double> scales = new HashMap<>();
    for (ResultsTable t : tables) {
      for (ResultRow r : t.rows()) {
        if (r.value().isPresent()
            && r.numerator().isPresent()
            && r.denominator().isPresent()
            && r.numerator().getAsDouble() > 0) {
          double ratio = r.numerator().getAsDouble() / r.denominator().getAsDouble();
          scales.putIfAbsent(r.indicator(), Math.rint(r.value().getAsDouble() / ratio));
        }
      }
    }
    return scales;
  }
}
