package rbs.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.Outcome;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.Revision;
import rbs.model.SliceOutcome;
import rbs.model.Unit;

/**
 * One indicator's tables, one per year, each holding this run's published cells and what earlier
 * publications showed of the same year; decides which cells to withhold and notes revisions.
 */
final class IndicatorTables {

  private final Set<Disclosure.Key> withheld = new HashSet<>();
  private final Set<Disclosure.Key> primary = new HashSet<>();
  private final List<Revision> revisions = new ArrayList<>();
  private final List<String> unprotected = new ArrayList<>();

  /** One number of an earlier publication. */
  private record Shown(String publication, Disclosure.Key key, Outcome outcome) {}

  /** What the earlier publications showed of one number. */
  private static final class Seen {
    Cell.Earlier state = Cell.Earlier.NONE;
    long[] values = new long[0];
    String publication = "";
    Outcome outcome;
  }

  /**
   * @param outcomes the indicator's outcomes, every level (a reader may work out an unpublished
   *     tertial by subtraction, so it is protected too)
   * @param slices the outcomes of its breakdowns' categories, every level: in the same tables, as
   *     the categories of a breakdown sum to the indicator's own number
   */
  IndicatorTables(
      Programme programme,
      Indicator indicator,
      List<Outcome> outcomes,
      List<SliceOutcome> slices,
      List<EarlierPublication> earlier) {
    Measure measure = indicator.measure();
    int threshold = programme.disclosureThreshold();
    PublicationLevels levels = programme.publication();
    Map<Unit, List<Unit>> sums = sums(programme);
    boolean districtMonths =
        !programme.districts().isEmpty() && levels.districts().contains(PeriodKind.MONTH);
    // A rolling twelve months is the sum of months of two years: when this report or an earlier
    // publication has one, all cells are decided in one table, so that relation is known;
    // otherwise one table per year.
    List<Map.Entry<Disclosure.Key, Outcome>> all = new ArrayList<>();
    outcomes.forEach(o -> all.add(Map.entry(Disclosure.Key.of(o), o)));
    slices.forEach(so -> all.add(Map.entry(Disclosure.Key.of(so), so.outcome())));
    List<Shown> before = new ArrayList<>();
    for (EarlierPublication p : earlier) {
      p.outcomes().forEach(o -> before.add(new Shown(p.name(), Disclosure.Key.of(o), o)));
      p.breakdowns()
          .forEach(so -> before.add(new Shown(p.name(), Disclosure.Key.of(so), so.outcome())));
    }
    boolean rolling =
        outcomes.stream().anyMatch(o -> o.period().kind() == PeriodKind.ROLLING)
            || earlier.stream()
                .flatMap(p -> p.outcomes().stream())
                .anyMatch(o -> o.period().kind() == PeriodKind.ROLLING);
    java.util.function.IntUnaryOperator tableOf = year -> rolling ? 0 : year;
    // this run's cells and the earlier ones, by table and span, in a fixed order
    Map<Integer, Map<Disclosure.Key, Outcome>> now = new TreeMap<>();
    Set<Disclosure.Key> published = new HashSet<>();
    for (Map.Entry<Disclosure.Key, Outcome> e : all) {
      Outcome o = e.getValue();
      if (o.period().kind() == PeriodKind.FORECAST) {
        continue;
      }
      boolean shows =
          e.getKey().slice().isEmpty()
              ? levels.publishes(o.unit(), o.period())
              : levels.publishesBreakdown(o.unit(), o.period());
      boolean month = o.period().kind() == PeriodKind.MONTH;
      // a month a reader cannot see adds nothing to what the tertials tell (any split of a
      // tertial over the months fits the published totals), so it stays out of the table
      if (month && !shows && !(!o.unit().isDistrict() && districtMonths)) {
        continue;
      }
      Disclosure.Key key = e.getKey();
      now.computeIfAbsent(tableOf.applyAsInt(o.period().year()), y -> new LinkedHashMap<>())
          .putIfAbsent(key, o);
      if (shows) {
        published.add(key);
      }
    }
    Map<Integer, Map<Disclosure.Key, Seen>> seen = new TreeMap<>();
    for (Shown e : before) {
      Outcome o = e.outcome();
      if (!o.indicatorId().equals(indicator.id())
          || o.period().kind() == PeriodKind.FORECAST
          || o.flag().noData()) {
        continue;
      }
      Seen s =
          seen.computeIfAbsent(tableOf.applyAsInt(o.period().year()), y -> new LinkedHashMap<>())
              .computeIfAbsent(e.key(), k -> new Seen());
      if (o.flag() == Flag.WITHHELD) {
        if (s.state == Cell.Earlier.NONE) {
          s.state = Cell.Earlier.WITHHELD;
          s.publication = e.publication();
        }
      } else if (s.state != Cell.Earlier.SHOWN) {
        // once shown, a number is known, whatever another publication withheld
        s.state = Cell.Earlier.SHOWN;
        s.values = measure.quantities(o);
        s.publication = e.publication();
        s.outcome = o;
      }
    }
    Set<Integer> years = new java.util.TreeSet<>(now.keySet());
    for (int year : years) {
      Map<Disclosure.Key, Outcome> cellsNow = now.get(year);
      Map<Disclosure.Key, Seen> cellsBefore = seen.getOrDefault(year, Map.of());
      List<Disclosure.Key> keys = new ArrayList<>(cellsNow.keySet());
      for (Disclosure.Key k : cellsBefore.keySet()) {
        if (!cellsNow.containsKey(k)) {
          keys.add(k);
        }
      }
      List<Cell> cells = new ArrayList<>();
      for (Disclosure.Key k : keys) {
        cells.add(
            cell(
                measure, threshold, k, cellsNow.get(k), published.contains(k), cellsBefore.get(k)));
      }
      Table table =
          new Table(
              cells,
              measure.quantityCount(),
              threshold,
              measure.addsUpExactly(),
              sums,
              breakdowns(indicator),
              exactBreakdowns(programme, indicator));
      Complements.Outcome decided = Complements.of(table);
      BitSet hidden = decided.hidden();
      for (int i = 0; i < keys.size(); i++) {
        Disclosure.Key k = keys.get(i);
        if (hidden.get(i)) {
          withheld.add(k);
        }
        if (table.cell(i).primary()) {
          primary.add(k);
        }
      }
      for (int i : decided.unprotected()) {
        Disclosure.Key k = keys.get(i);
        Outcome o = cellsNow.get(k);
        unprotected.add(
            indicator.id()
                + (k.slice().isEmpty() ? "" : " " + k.slice())
                + " "
                + o.unit().name()
                + " "
                + o.period().label());
      }
      revisions(indicator, cellsNow, cellsBefore, published, measure);
    }
  }

  /**
   * Per breakdown, whether its categories add up exactly even for distinct persons: when every
   * source of the measure derives its column as the person's sex (a person has one).
   */
  private static List<Boolean> exactBreakdowns(Programme programme, Indicator indicator) {
    List<Boolean> out = new ArrayList<>();
    for (rbs.model.Breakdown b : indicator.breakdowns()) {
      out.add(
          indicator.measure().aggregates().stream()
              .allMatch(
                  a ->
                      programme
                          .source(a.source())
                          .map(s -> s.derived().sex().equals(java.util.Optional.of(b.column())))
                          .orElse(false)));
    }
    return out;
  }

  /** Each breakdown's categories as cells name them ({@code kon=kvinna}), in order. */
  private static List<List<String>> breakdowns(Indicator indicator) {
    List<List<String>> out = new ArrayList<>();
    for (rbs.model.Breakdown b : indicator.breakdowns()) {
      out.add(b.slices().stream().map(rbs.model.Slice::key).toList());
    }
    return out;
  }

  /**
   * The units a reader knows to be sums of other units: the municipality of its districts (when it
   * has districts), and each group of its members. For distinct persons neither is exact (a person
   * in two members counts once in the group), which the reader's programme allows for as it does
   * for the whole.
   */
  private static Map<Unit, List<Unit>> sums(Programme programme) {
    List<Unit> districts = programme.units().stream().filter(Unit::isDistrict).toList();
    if (districts.isEmpty()) {
      return Map.of();
    }
    Map<Unit, List<Unit>> sums = new LinkedHashMap<>();
    sums.put(programme.whole(), districts);
    for (Unit unit : programme.units()) {
      if (unit.level() == Unit.Level.GROUP) {
        sums.put(unit, List.copyOf(unit.members()));
      }
    }
    return sums;
  }

  private static Cell cell(
      Measure measure,
      int threshold,
      Disclosure.Key key,
      Outcome now,
      boolean published,
      Seen before) {
    Cell.Earlier earlier = before == null ? Cell.Earlier.NONE : before.state;
    if (now != null) {
      return new Cell(
          key.unit(),
          key.slice(),
          key.from(),
          key.to(),
          measure.quantities(now),
          true,
          published,
          earlier,
          now.flag().noData(),
          measure.smallCounts(now, threshold));
    }
    return new Cell(
        key.unit(),
        key.slice(),
        key.from(),
        key.to(),
        earlier == Cell.Earlier.SHOWN ? before.values : new long[measure.quantityCount()],
        false,
        false,
        earlier,
        false,
        List.of());
  }

  /** Numbers shown earlier that the data now contradict (or that are now withheld as small). */
  private void revisions(
      Indicator indicator,
      Map<Disclosure.Key, Outcome> now,
      Map<Disclosure.Key, Seen> before,
      Set<Disclosure.Key> published,
      Measure measure) {
    for (Map.Entry<Disclosure.Key, Seen> e : before.entrySet()) {
      Seen s = e.getValue();
      Outcome o = now.get(e.getKey());
      if (!e.getKey().slice().isEmpty()) {
        continue; // a breakdown category's revision is not listed (see docs/disclosure.md)
      }
      // an unpublished number is not shown now, so it cannot be said to have changed
      if (s.state != Cell.Earlier.SHOWN || o == null || !published.contains(e.getKey())) {
        continue;
      }
      boolean hidden = withheld.contains(e.getKey());
      boolean same = java.util.Arrays.equals(s.values, measure.quantities(o));
      if (same && !hidden) {
        continue;
      }
      revisions.add(
          new Revision(
              indicator.id(),
              o.unit().name(),
              o.period(),
              s.publication,
              measure.figure(s.outcome),
              hidden ? Flag.WITHHELD.symbol() : measure.figure(o)));
    }
  }

  Set<Disclosure.Key> withheld() {
    return withheld;
  }

  Set<Disclosure.Key> primary() {
    return primary;
  }

  List<Revision> revisions() {
    return revisions;
  }

  List<String> unprotected() {
    return unprotected;
  }
}
