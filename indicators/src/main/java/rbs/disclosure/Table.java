package rbs.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rbs.model.Unit;

/**
 * The cells of one indicator in one year, as every publication together shows them, and the sums
 * among them a reader knows:
 *
 * <ul>
 *   <li>a span of months equals the sum of its months, when those are published;
 *   <li>a span of whole tertials equals the sum of its tertials (year to date = T1 + T2, the year =
 *       T1 + T2 + T3);
 *   <li>the municipality equals the sum of its districts, for every span;
 *   <li>a group of districts equals the sum of its members, for every span;
 *   <li>the indicator's own number equals the sum of the categories of each of its breakdowns (for
 *       distinct persons not exactly: a person whose age band changes within the span counts in
 *       both bands).
 * </ul>
 *
 * Spans, not period kinds, identify a cell: the year to date in April and tertial 1 are one number.
 * Distinct persons are not exactly additive (a person in two months counts once in the tertial),
 * but a reader may assume they nearly are; {@link Intervals} lets the sums be violated only as
 * little as the published numbers force.
 */
final class Table {

  /**
   * A unit, a breakdown category ("" for the indicator's own number) and a span of months: what one
   * published number is about.
   */
  record Span(Unit unit, String slice, YearMonth from, YearMonth to) {}

  final List<Cell> cells;
  final List<Relation> relations;

  /** Quantities per cell: 1, or 2 for a share (numerator, denominator). */
  final int quantities;

  final int threshold;

  /** Whether the sums hold exactly (counts of records, not distinct persons). */
  final boolean exact;

  /** Per cell, the indexes of the relations it takes part in. */
  final List<List<Integer>> relationsOf;

  /** What the reader's programmes over one component of withheld cells found (a cache). */
  static final class Bounds {
    ReaderProgramme programme;
    final Map<Integer, Double> widths = new HashMap<>();
  }

  /** By component (the set of its withheld cells): the search revisits the same ones often. */
  final Map<java.util.BitSet, Bounds> bounds = new HashMap<>();

  /**
   * @param sums the units that are sums of other units (the municipality of its districts, a group
   *     of its members)
   * @param breakdowns the categories of each breakdown, as cells name them: each breakdown's
   *     categories sum to the indicator's own number
   * @param exactBreakdowns per breakdown, whether its sum holds exactly even for distinct persons
   *     (the category is a property of the person, as sex is)
   */
  Table(
      List<Cell> cells,
      int quantities,
      int threshold,
      boolean exact,
      Map<Unit, List<Unit>> sums,
      List<List<String>> breakdowns,
      List<Boolean> exactBreakdowns) {
    this.cells = List.copyOf(cells);
    this.quantities = quantities;
    this.threshold = threshold;
    this.exact = exact;
    this.relations = relations(this.cells, sums, breakdowns, exactBreakdowns);
    List<List<Integer>> of = new ArrayList<>();
    for (int i = 0; i < this.cells.size(); i++) {
      of.add(new ArrayList<>());
    }
    for (int r = 0; r < relations.size(); r++) {
      for (int c : relations.get(r).cells()) {
        of.get(c).add(r);
      }
    }
    this.relationsOf = of;
  }

  int size() {
    return cells.size();
  }

  Cell cell(int i) {
    return cells.get(i);
  }

  private static List<Relation> relations(
      List<Cell> cells,
      Map<Unit, List<Unit>> sums,
      List<List<String>> breakdowns,
      List<Boolean> exactBreakdowns) {
    Map<Span, Integer> index = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      index.put(new Span(c.unit, c.slice, c.from, c.to), i);
    }
    List<Relation> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (c.isMonth()) {
        continue;
      }
      months(c, index).ifPresent(parts -> out.add(new Relation(index(index, c), parts)));
      tertials(c, index).ifPresent(parts -> out.add(new Relation(index(index, c), parts)));
    }
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      List<Unit> units = sums.getOrDefault(c.unit, List.of());
      if (units.isEmpty()) {
        continue;
      }
      int[] parts = new int[units.size()];
      boolean complete = true;
      for (int d = 0; d < units.size() && complete; d++) {
        Integer part = index.get(new Span(units.get(d), c.slice, c.from, c.to));
        complete = part != null;
        parts[d] = complete ? part : -1;
      }
      if (complete) {
        out.add(new Relation(i, parts));
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (!c.slice.isEmpty()) {
        continue;
      }
      for (int b = 0; b < breakdowns.size(); b++) {
        List<String> categories = breakdowns.get(b);
        int[] parts = new int[categories.size()];
        boolean complete = true;
        for (int k = 0; k < parts.length && complete; k++) {
          Integer part = index.get(new Span(c.unit, categories.get(k), c.from, c.to));
          complete = part != null;
          parts[k] = complete ? part : -1;
        }
        if (complete) {
          out.add(new Relation(i, parts, exactBreakdowns.get(b)));
        }
      }
    }
    return out;
  }

  private static int index(Map<Span, Integer> index, Cell c) {
    return index.get(new Span(c.unit, c.slice, c.from, c.to));
  }

  private static java.util.Optional<int[]> months(Cell c, Map<Span, Integer> index) {
    int[] parts = new int[c.months()];
    YearMonth m = c.from;
    for (int k = 0; k < parts.length; k++, m = m.plusMonths(1)) {
      Integer part = index.get(new Span(c.unit, c.slice, m, m));
      if (part == null) {
        return java.util.Optional.empty();
      }
      parts[k] = part;
    }
    return java.util.Optional.of(parts);
  }

  /** The tertials of a span of two or more whole tertials, when all are cells. */
  private static java.util.Optional<int[]> tertials(Cell c, Map<Span, Integer> index) {
    boolean aligned =
        (c.from.getMonthValue() - 1) % 4 == 0 && c.to.getMonthValue() % 4 == 0 && c.months() > 4;
    if (!aligned) {
      return java.util.Optional.empty();
    }
    int[] parts = new int[c.months() / 4];
    YearMonth m = c.from;
    for (int k = 0; k < parts.length; k++, m = m.plusMonths(4)) {
      Integer part = index.get(new Span(c.unit, c.slice, m, m.plusMonths(3)));
      if (part == null) {
        return java.util.Optional.empty();
      }
      parts[k] = part;
    }
    return java.util.Optional.of(parts);
  }
}
