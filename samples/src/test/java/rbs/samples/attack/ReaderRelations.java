package rbs.samples.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return of(k, whole, Map.of());
  }

  /**
   * Every relation among the cells present, with groups of districts: a group is the sum of its
   * members (as the programme declares them), and no district of the whole.
   *
   * @param groups each group's name and its members' names
   */
  static List<Relation> of(Knowledge k, String whole, Map<String, List<String>> groups) {
    List<Relation> all = new ArrayList<>();
    for (String indicator : k.indicators()) {
      for (Quantity q : k.quantities(indicator)) {
        for (String unit : k.units(indicator)) {
          periods(k, indicator, unit, q, all);
        }
        districts(k, indicator, whole, groups.keySet(), q, all);
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
          members(k, indicator, g.getKey(), g.getValue(), q, all);
        }
      }
    }
    categories(k, all);
    return all;
  }

  /**
   * An indicator's number equals the sum of the categories of each of its breakdowns, per unit and
   * span, as the rows present name them ({@code indicator|breakdown=category}).
   */
  private static void categories(Knowledge k, List<Relation> out) {
    Map<String, List<String>> byBreakdown = new java.util.TreeMap<>();
    for (String name : k.indicators()) {
      int bar = name.indexOf(ResultsTable.CATEGORY);
      if (bar > 0) {
        String breakdown = name.substring(0, name.indexOf('=', bar));
        byBreakdown.computeIfAbsent(breakdown, b -> new ArrayList<>()).add(name);
      }
    }
    for (Map.Entry<String, List<String>> b : byBreakdown.entrySet()) {
      String indicator = b.getKey().substring(0, b.getKey().indexOf(ResultsTable.CATEGORY));
      List<String> categories = b.getValue();
      for (Quantity q : k.quantities(indicator)) {
        java.util.Set<String> units = new TreeSet<>(k.units(indicator));
        categories.forEach(c -> units.addAll(k.units(c)));
        for (String unit : units) {
          NavigableSet<Span> spans = new TreeSet<>(k.spans(indicator, unit));
          categories.forEach(c -> spans.addAll(k.spans(c, unit)));
          for (Span span : spans) {
            List<Item> parts = new ArrayList<>();
            categories.forEach(c -> parts.add(new Cell(c, unit, span).item(q)));
            out.add(
                new Relation(
                    new Cell(indicator, unit, span).item(q), parts, Relation.Kind.CATEGORIES));
          }
        }
      }
    }
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
      Knowledge k,
      String indicator,
      String whole,
      java.util.Set<String> groups,
      Quantity q,
      List<Relation> out) {
    for (Span span : k.spans(indicator, whole)) {
      List<Item> parts = new ArrayList<>();
      boolean anyPresent = false;
      for (String unit : k.units(indicator)) {
        if (!unit.equals(whole) && !groups.contains(unit)) {
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

  /** A group equals the sum of its members, per span, when the group has the span. */
  private static void members(
      Knowledge k,
      String indicator,
      String group,
      List<String> members,
      Quantity q,
      List<Relation> out) {
    for (Span span : k.spans(indicator, group)) {
      List<Item> parts = new ArrayList<>();
      for (String member : members) {
        parts.add(new Cell(indicator, member, span).item(q));
      }
      out.add(
          new Relation(new Cell(indicator, group, span).item(q), parts, Relation.Kind.DISTRICTS));
    }
  }
}
