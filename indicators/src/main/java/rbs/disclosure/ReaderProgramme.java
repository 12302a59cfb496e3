package rbs.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The linear programmes a reader can solve over one component of withheld cells: every number at
 * least zero, a share's numerator at most its denominator, the table's sums with the shown numbers
 * as they are (solved with ojAlgo's simplex).
 *
 * <p>Distinct persons make the sums inexact, so the shown numbers may contradict them. The reader's
 * best reading then violates the sums as little as possible: a first programme finds that least
 * total violation, and the bounds are taken over the readings that violate no more. For counts of
 * records the sums hold exactly and the violation is zero.
 */
final class ReaderProgramme {

  static final double EPS = 1e-6;

  private final Table table;
  private final int[] column; // cell -> its first variable, or -1
  private final List<Integer> rows = new ArrayList<>(); // the sums touching the component
  private final int variables;
  private double leastViolation = Double.NaN; // found when first needed

  ReaderProgramme(Table table, BitSet component) {
    this.table = table;
    column = new int[table.size()];
    Arrays.fill(column, -1);
    int n = 0;
    for (int c = component.nextSetBit(0); c >= 0; c = component.nextSetBit(c + 1)) {
      column[c] = n;
      n += table.quantities;
    }
    variables = n;
    BitSet touched = new BitSet();
    for (int c = component.nextSetBit(0); c >= 0; c = component.nextSetBit(c + 1)) {
      for (int r : table.relationsOf.get(c)) {
        touched.set(r);
      }
    }
    touched.stream().forEach(rows::add);
  }

  private double leastViolation() {
    double[] objective = new double[variables + slacks()];
    java.util.Arrays.fill(objective, variables, objective.length, 1);
    Optimisation.Result result = build(objective, true, Double.NaN).solve();
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("the reader's programme has no solution: " + result);
    }
    double v = result.getValue();
    return v < EPS ? 0 : v;
  }

  /** The least or greatest value of the objective over the cell; infinite when unbounded. */
  double bound(int cell, long[] objective, boolean max) {
    if (Double.isNaN(leastViolation) && !table.exact) {
      leastViolation = leastViolation();
    }
    // counts of records add up exactly: no violation to allow, unless the numbers say otherwise
    boolean withSlack = !Double.isNaN(leastViolation);
    Optimisation.Result result = solve(cell, objective, max, withSlack);
    if (!withSlack && result.getState() == Optimisation.State.INFEASIBLE) {
      leastViolation = leastViolation();
      result = solve(cell, objective, max, true);
    }
    if (result.getState() == Optimisation.State.UNBOUNDED) {
      return max ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("the reader's programme has no solution: " + result);
    }
    return max ? -result.getValue() : result.getValue();
  }

  private Optimisation.Result solve(int cell, long[] objective, boolean max, boolean withSlack) {
    double[] c = new double[variables + (withSlack ? slacks() : 0)];
    for (int q = 0; q < objective.length; q++) {
      c[column[cell] + q] = max ? -objective[q] : objective[q];
    }
    return build(c, withSlack, leastViolation * (1 + EPS) + EPS).solve();
  }

  private int slacks() {
    return 2 * rows.size() * table.quantities;
  }

  /**
   * Minimise {@code objective} over x ≥ 0 subject to the sums (with slack columns after the
   * variables, when asked) and a share's numerator ≤ its denominator; the slack's total at most
   * {@code violation} unless NaN.
   */
  private LinearSolver.Builder build(double[] objective, boolean withSlack, double violation) {
    int width = objective.length;
    LinearSolver.Builder b = LinearSolver.newBuilder(objective);
    int s = variables;
    for (int r : rows) {
      int[] cells = table.relations.get(r).cells();
      for (int q = 0; q < table.quantities; q++) {
        double[] row = new double[width];
        double level = 0;
        for (int k = 0; k < cells.length; k++) {
          int c = cells[k];
          int coefficient = Relation.coefficient(k);
          if (column[c] >= 0) {
            row[column[c] + q] += coefficient;
          } else {
            level -= coefficient * (double) table.cell(c).values[q];
          }
        }
        if (withSlack) {
          // whole − Σ parts + slack = 0: for distinct persons the parts count a person in two of
          // them twice, never less than the whole (Σ parts ≥ whole), so the slack is one-sided; a
          // sum that holds exactly (a breakdown by sex) gets none
          if (!table.relations.get(r).exact) {
            row[s] = 1;
          }
          s += 2;
        }
        b.equality(level, row);
      }
    }
    if (table.quantities == 2) {
      // a share's numerator is part of its denominator
      for (int i = 0; i < variables; i += 2) {
        double[] row = new double[width];
        row[i] = 1;
        row[i + 1] = -1;
        b.inequality(0, row);
      }
    }
    if (withSlack && !Double.isNaN(violation)) {
      double[] row = new double[width];
      java.util.Arrays.fill(row, variables, width, 1);
      b.inequality(violation, row);
    }
    b.lower(0);
    return b;
  }
}
