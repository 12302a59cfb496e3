package rbs.samples.attack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a reader knows from one or more publications read together: every number shown anywhere is
 * known; a number withheld somewhere and shown nowhere is an unknown; a number never shown and
 * never withheld (no data, {@code -}) is an unknown too, but nobody needs to protect it.
 */
final class Knowledge {

  /** How a number stands after reading all the publications. */
  enum State {
    /** Shown in at least one publication. */
    KNOWN,
    /** Withheld ({@code ..}) in at least one publication and shown in none. */
    WITHHELD,
    /** In some publication, but never with a number nor withheld: no data. */
    MISSING,
    /** Not in any publication (a level that is not published, or a district without the row). */
    ABSENT
  }

  private final Set<String> shares;
  private final List<String> indicators = new ArrayList<>();
  private final Map<String, Map<String, NavigableSet<Span>>> spans = new HashMap<>();
  private final Map<Item, Double> known = new HashMap<>();
  private final Set<Item> withheld = new HashSet<>();
  private final Set<Item> seen = new HashSet<>();
  private final Map<Cell, Double> shownShare = new HashMap<>();
  private final List<String> conflicts = new ArrayList<>();

  private Knowledge(Set<String> shares) {
    this.shares = Set.copyOf(shares);
  }

  /**
   * @param shares the indicators that are shares (numerator and denominator); the others are counts
   */
  static Knowledge of(List<ResultsTable> publications, Set<String> shares) {
    Knowledge k = new Knowledge(shares);
    for (ResultsTable t : publications) {
      for (ResultRow r : t.rows()) {
        if (!r.forecast()) {
          k.read(t.name(), r);
        }
      }
    }
    k.withheld.removeAll(k.known.keySet());
    return k;
  }

  private void read(String publication, ResultRow r) {
    if (!spans.containsKey(r.indicator())) {
      indicators.add(r.indicator());
    }
    spans
        .computeIfAbsent(r.indicator(), i -> new LinkedHashMap<>())
        .computeIfAbsent(r.unit(), u -> new TreeSet<>())
        .add(r.span());
    Cell cell = r.cell();
    for (Quantity q : quantities(r.indicator())) {
      Item item = cell.item(q);
      seen.add(item);
      OptionalDouble shown = r.shown(q);
      if (shown.isPresent()) {
        Double before = known.putIfAbsent(item, shown.getAsDouble());
        if (before != null && Math.abs(before - shown.getAsDouble()) > 1e-9) {
          conflicts.add(
              publication
                  + ": "
                  + item
                  + " shows "
                  + shown.getAsDouble()
                  + ", elsewhere "
                  + before);
        }
      } else if (r.withheld()) {
        withheld.add(item);
      }
    }
    if (isShare(r.indicator()) && r.value().isPresent()) {
      shownShare.putIfAbsent(cell, r.value().getAsDouble());
    }
  }

  /** The indicators, in the order the publications first name them. */
  List<String> indicators() {
    return Collections.unmodifiableList(indicators);
  }

  boolean isShare(String indicator) {
    return shares.contains(indicator);
  }

  /** The numbers of one cell of the indicator: the value of a count, the two counts of a share. */
  List<Quantity> quantities(String indicator) {
    return isShare(indicator)
        ? List.of(Quantity.NUMERATOR, Quantity.DENOMINATOR)
        : List.of(Quantity.VALUE);
  }

  /** The units that have at least one row of the indicator. */
  Set<String> units(String indicator) {
    return Collections.unmodifiableSet(spans.getOrDefault(indicator, Map.of()).keySet());
  }

  /** The spans the unit has a row for (any state) in some publication. */
  NavigableSet<Span> spans(String indicator, String unit) {
    return Collections.unmodifiableNavigableSet(
        spans.getOrDefault(indicator, Map.of()).getOrDefault(unit, new TreeSet<>()));
  }

  boolean present(Cell cell) {
    return spans(cell.indicator(), cell.unit()).contains(cell.span());
  }

  State state(Item item) {
    if (known.containsKey(item)) {
      return State.KNOWN;
    }
    if (withheld.contains(item)) {
      return State.WITHHELD;
    }
    return seen.contains(item) ? State.MISSING : State.ABSENT;
  }

  OptionalDouble value(Item item) {
    Double v = known.get(item);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** A share's value (the percentage) when some publication shows it. */
  Optional<Double> shownShare(Cell cell) {
    return Optional.ofNullable(shownShare.get(cell));
  }

  /** Every cell with at least one withheld number, sorted. */
  SortedSet<Cell> withheldCells() {
    SortedSet<Cell> cells = new TreeSet<>();
    withheld.forEach(i -> cells.add(i.cell()));
    return cells;
  }

  /** Every cell in some publication, sorted. */
  SortedSet<Cell> cells() {
    SortedSet<Cell> cells = new TreeSet<>();
    seen.forEach(i -> cells.add(i.cell()));
    return cells;
  }

  /** Numbers that two publications show differently (data revised between runs). */
  List<String> conflicts() {
    return Collections.unmodifiableList(conflicts);
  }
}
