package rbs.disclosure;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The range a reader can prove for a withheld number, over the table's sums with the shown numbers
 * as they are: the least and greatest value it can take ({@link ReaderProgramme}). Only the
 * withheld cells linked to the cell through sums with other withheld cells matter, so the programme
 * is built over that component alone, and remembered per component in the table.
 *
 * <p>A range that misses the true number does not count against it: with distinct persons the sums
 * are inexact, and a reader who reads them as exact may be led to a narrow range that is simply
 * wrong; what must not happen is a narrow range around the truth.
 *
 * <p>Two quick tests come first, each enough to call a cell unprotected without a programme: a sum
 * in which it is the only withheld cell (it is that sum's difference), and a sum of shown total
 * whose withheld parts together hold less than the threshold (it can be no more than their sum).
 */
final class Intervals {

  private final Table table;
  private final BitSet hidden;

  /** The hidden set is copied: later changes to the caller's set do not affect these bounds. */
  Intervals(Table table, BitSet hidden) {
    this.table = table;
    this.hidden = (BitSet) hidden.clone();
  }

  /**
   * Whether every protected quantity of a withheld cell ranges over at least the threshold of whole
   * numbers ({@code ⌊max⌋ − ⌈min⌉ ≥ threshold}).
   */
  boolean protects(int cell) {
    return weakSum(cell) < 0 && width(cell) >= table.threshold;
  }

  /**
   * A sum that on its own keeps the cell from being protected (it is the sum's only withheld cell,
   * or the sum's withheld parts hold less than the threshold); -1 when none does.
   */
  int weakSum(int cell) {
    Cell self = table.cell(cell);
    for (int r : table.relationsOf.get(cell)) {
      int[] cells = table.relations.get(r).cells();
      boolean alone = true;
      boolean totalShown = !hidden.get(cells[0]);
      boolean isPart = cells[0] != cell;
      boolean truthKnown = true;
      long[] sum = new long[table.quantities];
      for (int k = 0; k < cells.length; k++) {
        int c = cells[k];
        if (c != cell && hidden.get(c)) {
          alone = false;
        }
        if (k > 0 && hidden.get(c)) {
          truthKnown &= table.cell(c).current;
          for (int q = 0; q < sum.length; q++) {
            sum[q] += table.cell(c).values[q];
          }
        }
      }
      if (alone) {
        return r;
      }
      if (totalShown && isPart && truthKnown) {
        for (long[] objective : self.protect) {
          long s = 0;
          for (int q = 0; q < sum.length; q++) {
            s += objective[q] * sum[q];
          }
          if (s < table.threshold) {
            return r;
          }
        }
      }
    }
    return -1;
  }

  /** The narrowest whole-number range of the cell's protected quantities (0 when determined). */
  double width(int cell) {
    BitSet component = component(cell);
    Table.Bounds known = table.bounds.computeIfAbsent(component, c -> new Table.Bounds());
    return known.widths.computeIfAbsent(cell, c -> computeWidth(c, known, component));
  }

  private double computeWidth(int cell, Table.Bounds known, BitSet component) {
    if (known.programme == null) {
      known.programme = new ReaderProgramme(table, component);
    }
    Cell self = table.cell(cell);
    double narrowest = Double.POSITIVE_INFINITY;
    for (long[] objective : self.protect) {
      long truth = 0;
      for (int q = 0; q < objective.length; q++) {
        truth += objective[q] * self.values[q];
      }
      // a small count lies near zero: a maximum at least the threshold above it settles the
      // question without the minimum
      double hi = known.programme.bound(cell, objective, true);
      if (Double.isInfinite(hi)
          || Math.floor(hi + ReaderProgramme.EPS) - truth >= table.threshold) {
        continue;
      }
      double lo = known.programme.bound(cell, objective, false);
      if (truth < lo - 0.5 - ReaderProgramme.EPS || truth > hi + 0.5 + ReaderProgramme.EPS) {
        // distinct persons: the reader's most consistent readings miss the true number, so
        // however narrow they are, the reader's best guess is not the value
        continue;
      }
      double width = Math.floor(hi + ReaderProgramme.EPS) - Math.ceil(lo - ReaderProgramme.EPS);
      narrowest = Math.min(narrowest, Math.max(0, width));
    }
    return narrowest;
  }

  /** The range [min, max] of one quantity combination of a withheld cell (for tests). */
  double[] range(int cell, long[] objective) {
    ReaderProgramme lp = new ReaderProgramme(table, component(cell));
    return new double[] {lp.bound(cell, objective, false), lp.bound(cell, objective, true)};
  }

  /** The withheld cells reachable from the cell through sums that hold withheld cells. */
  BitSet component(int cell) {
    BitSet seen = new BitSet();
    seen.set(cell);
    Deque<Integer> todo = new ArrayDeque<>(List.of(cell));
    while (!todo.isEmpty()) {
      int c = todo.pop();
      for (int r : table.relationsOf.get(c)) {
        for (int o : table.relations.get(r).cells()) {
          if (hidden.get(o) && !seen.get(o)) {
            seen.set(o);
            todo.push(o);
          }
        }
      }
    }
    return seen;
  }
}
