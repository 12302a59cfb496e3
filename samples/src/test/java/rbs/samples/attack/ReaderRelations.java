package rbs.samples.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the relations a reader of the publications knows, from the cells present and nothing else:
 * no level is assumed to exist.
 */
final class ReaderRelations {

  private ReaderRelations() {}

  /**
   * Every relation among the cells present (whether their numbers are known or not).
   *
   * @param whole the unit that is the whole municipality; every other unit is one of its districts
   */
  static List<Relation> of(Knowledge k, String whole) {
    List<Relation> all = new ArrayList<>();
    for (String indicator : k.indicators()) {
      for (Quantity q : k.quantities(indicator)) {
        for (String unit : k.units(indicator)) {
          periods(k, indicator, unit, q, all);
        }
        districts(k, indicator, whole, q, all);
      }
    }
    return all;
  }

  /**
   * A span equals the sum of the shorter spans of one length that tile it (its months, its
   * tertials), when at least one of those spans is present; absent pieces are unknowns.
   */
  private static void periods(
      Knowledge k, String indicator, String unit, Quantity q, List<Relation> out) {
    NavigableSet<Span> present = k.spans(indicator, unit);
    NavigableSet<Integer> lengths = new TreeSet<>();
    present.forEach(s -> lengths.add(s.length()));
    for (Span span : present) {
      for (int length : lengths) {
        if (length >= span.length()) {
          break;
        }
        Optional<List<Span>> tiles = span.tiles(length);
        if (tiles.isEmpty() || tiles.get().stream().noneMatch(present::contains)) {
          continue;
        }
        List<Item> parts = new ArrayList<>();
        tiles.get().forEach(t -> parts.add(new Cell(indicator, unit, t).item(q)));
        out.add(
            new Relation(new Cell(indicator, unit, span).item(q), parts, Relation.Kind.PERIODS));
      }
    }
  }

  /**
   * The municipality equals the sum of its districts, per span, when some district has the span.
   */
  private static void districts(
      Knowledge k, String indicator, String whole, Quantity q, List<Relation> out) {
    for (Span span : k.spans(indicator, whole)) {
      List<Item> parts = new ArrayList<>();
      boolean anyPresent = false;
      for (String unit : k.units(indicator)) {
        if (!unit.equals(whole)) {
          Cell c = new Cell(indicator, unit, span);
          anyPresent |= k.present(c);
          parts.add(c.item(q));
        }
      }
      if (anyPresent) {
        out.add(
            new Relation(new Cell(indicator, whole, span).item(q), parts, Relation.Kind.DISTRICTS));
      }
    }
  }
}
