package rbs.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Complementary (secondary) suppression for one table: withholds the cheapest further cells until
 * every withheld small count ranges, over the sums a reader knows, over at least the threshold;
 * then gives back every complement that turns out not to be needed, dearest first.
 *
 * <p>Cost ({@link Cell#cost()}): small numbers before large, districts before the municipality, a
 * municipality figure above the month level only when nothing else will do. Cells an earlier
 * publication withheld stay withheld and cost nothing; cells a reader already knows are never
 * chosen. A greedy search with pruning, as τ-ARGUS's modular method is in spirit; not an optimum,
 * but each choice is checked by the exact bounds of {@link Intervals}.
 */
final class Complements {

  /** What the search decided for one table. */
  record Outcome(BitSet hidden, List<Integer> unprotected) {}

  private final Table table;
  private final BitSet hidden = new BitSet();
  private final List<Integer> order;

  private Complements(Table table) {
    this.table = table;
    List<Integer> cells = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      cells.add(i);
    }
    cells.sort(
        Comparator.comparingDouble((Integer i) -> table.cell(i).cost()).thenComparing(i -> i));
    this.order = List.copyOf(cells);
  }

  /** The withheld cells of the table, and the small counts that could not be protected. */
  static Outcome of(Table table) {
    return new Complements(table).run();
  }

  private Outcome run() {
    List<Integer> primaries = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      Cell c = table.cell(i);
      if (c.primary() || c.sticky()) {
        hidden.set(i);
      }
      if (c.primary()) {
        primaries.add(i);
      }
    }
    if (primaries.isEmpty()) {
      return new Outcome(hidden, List.of());
    }
    List<Integer> unprotected = new ArrayList<>();
    int guard = table.size() + primaries.size() + 1;
    int from = 0;
    while (guard-- > 0) {
      // withholding more never narrows a range, so a cell found protected stays protected
      from = firstWeak(primaries, unprotected, from);
      if (from >= primaries.size()) {
        break;
      }
      int weak = primaries.get(from);
      int pick = choose(weak);
      if (pick < 0) {
        unprotected.add(weak); // nothing left to withhold around it
      } else {
        hidden.set(pick);
      }
    }
    prune(primaries, unprotected);
    return new Outcome(hidden, List.copyOf(unprotected));
  }

  /** The position of the first unprotected small count from {@code from}; size when none. */
  private int firstWeak(List<Integer> primaries, List<Integer> skip, int from) {
    Intervals intervals = new Intervals(table, hidden);
    for (int i = from; i < primaries.size(); i++) {
      int p = primaries.get(i);
      if (!skip.contains(p) && !intervals.protects(p)) {
        return i;
      }
    }
    return primaries.size();
  }

  /**
   * The cheapest candidate that protects the cell on its own; otherwise the cheapest in a sum that
   * on its own keeps the cell unprotected (the sum's only withheld cell, or too little withheld in
   * it); otherwise the cheapest candidate (the search goes on, pruning removes what was not
   * needed).
   */
  private int choose(int weak) {
    List<Integer> candidates = candidates(weak);
    if (candidates.isEmpty()) {
      return -1;
    }
    for (int c : candidates) {
      hidden.set(c);
      boolean enough = new Intervals(table, hidden).protects(weak);
      hidden.clear(c);
      if (enough) {
        return c;
      }
    }
    int sum = new Intervals(table, hidden).weakSum(weak);
    if (sum >= 0) {
      for (int c : candidates) {
        for (int o : table.relations.get(sum).cells()) {
          if (o == c) {
            return c;
          }
        }
      }
    }
    return candidates.get(0);
  }

  /**
   * Cells that may be withheld in the sums of the weak cell's component (the withheld cells it is
   * linked to), cheapest first.
   */
  private List<Integer> candidates(int weak) {
    BitSet component = new Intervals(table, hidden).component(weak);
    BitSet near = new BitSet();
    for (int c = component.nextSetBit(0); c >= 0; c = component.nextSetBit(c + 1)) {
      for (int r : table.relationsOf.get(c)) {
        for (int o : table.relations.get(r).cells()) {
          if (!hidden.get(o) && !table.cell(o).fixed()) {
            near.set(o);
          }
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int c : order) {
      if (near.get(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Gives back each complement that no small count needs, dearest first. */
  private void prune(List<Integer> primaries, List<Integer> unprotected) {
    List<Integer> complements = new ArrayList<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      int c = order.get(i);
      Cell cell = table.cell(c);
      if (hidden.get(c) && !cell.primary() && !cell.sticky()) {
        complements.add(c);
      }
    }
    for (int c : complements) {
      // only the small counts linked to the complement can lose by showing it
      BitSet linked = new Intervals(table, hidden).component(c);
      hidden.clear(c);
      Intervals intervals = new Intervals(table, hidden);
      for (int p : primaries) {
        if (linked.get(p) && !unprotected.contains(p) && !intervals.protects(p)) {
          hidden.set(c);
          break;
        }
      }
    }
  }
}
