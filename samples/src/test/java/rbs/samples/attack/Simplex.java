package rbs.samples.attack;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * One linear programme over x ≥ 0 solved with Commons Math's (3.6.1) simplex, which needs watching:
 *
 * <ul>
 *   <li>when two columns of its tableau are the same unit vector (two unknowns in the same
 *       constraints, or an unknown alone in one constraint with coefficient ±1, like that
 *       constraint's slack), {@code SimplexTableau} takes both as basic in one row and {@code
 *       getSolution} reports a stale one: maximise x₁ subject to x₀ + x₁ + x₂ = 12 gives 0. The
 *       caller merges identical unknowns; here a column with a single entry of ±1 is doubled (the
 *       unknown halved), which no slack or artificial column equals;
 *   <li>on the larger programmes of the attack it can return points that break dozens of
 *       constraints, or call a feasible programme infeasible. Rows are scaled to a largest
 *       coefficient of 1, every point is checked against the constraints as given, and when a pivot
 *       rule fails (no valid point, too many iterations, infeasible, unbounded) the other rule is
 *       asked. A programme is infeasible or unbounded only when both rules say so.
 * </ul>
 *
 * <p>A valid point proves its value reachable, so a range built from such points never claims more
 * room than there is: if the simplex stops short of the optimum, the attack reports a narrower
 * range (a false alarm), never a wider one.
 */
final class Simplex {

  private Simplex() {}

  /**
   * An optimal point, checked against the constraints.
   *
   * @param blandFirst try Bland's rule before Dantzig's (for a second opinion)
   * @throws NoFeasibleSolutionException when both rules find no point
   * @throws UnboundedSolutionException when both rules find the objective unbounded
   * @throws IllegalStateException when neither rule gives a valid answer
   */
  static double[] solve(
      double[] c, List<LinearConstraint> constraints, GoalType goal, boolean blandFirst) {
    List<LinearConstraint> rows = scaled(constraints);
    double[] doubled = doubled(rows, c.length);
    List<LinearConstraint> scaled = new ArrayList<>(rows.size());
    for (LinearConstraint k : rows) {
      scaled.add(
          new LinearConstraint(
              k.getCoefficients().ebeMultiply(new ArrayRealVector(doubled, false)),
              k.getRelationship(),
              k.getValue()));
    }
    double[] cy = c.clone();
    for (int j = 0; j < c.length; j++) {
      cy[j] *= doubled[j];
    }
    LinearObjectiveFunction objective = new LinearObjectiveFunction(cy, 0);
    int iterations = 10 * (constraints.size() + c.length) + 1000;
    List<PivotSelectionRule> rules =
        blandFirst
            ? List.of(PivotSelectionRule.BLAND, PivotSelectionRule.DANTZIG)
            : List.of(PivotSelectionRule.DANTZIG, PivotSelectionRule.BLAND);
    int infeasible = 0;
    int unbounded = 0;
    List<String> failures = new ArrayList<>();
    for (PivotSelectionRule rule : rules) {
      try {
        double[] y =
            new SimplexSolver()
                .optimize(
                    new MaxIter(iterations),
                    objective,
                    new LinearConstraintSet(scaled),
                    goal,
                    new NonNegativeConstraint(true),
                    rule)
                .getPoint();
        double[] x = new double[y.length];
        for (int j = 0; j < y.length; j++) {
          x[j] = doubled[j] * y[j];
        }
        String broken = broken(x, constraints);
        if (broken.isEmpty()) {
          return x;
        }
        failures.add(rule + ": " + broken);
      } catch (NoFeasibleSolutionException e) {
        infeasible++;
        failures.add(rule + ": infeasible");
      } catch (UnboundedSolutionException e) {
        unbounded++;
        failures.add(rule + ": unbounded");
      } catch (TooManyIterationsException e) {
        failures.add(rule + ": more than " + iterations + " iterations");
      }
    }
    if (infeasible == rules.size()) {
      throw new NoFeasibleSolutionException();
    }
    if (unbounded == rules.size()) {
      throw new UnboundedSolutionException();
    }
    throw new IllegalStateException(
        "Commons Math's simplex gave no valid answer to a programme of "
            + constraints.size()
            + " constraints and "
            + c.length
            + " unknowns: "
            + failures);
  }

  /** Per column, 2 when its only nonzero entry is ±1 (a unit vector, like a slack's), else 1. */
  private static double[] doubled(List<LinearConstraint> rows, int columns) {
    double[] factor = new double[columns];
    for (int j = 0; j < columns; j++) {
      int nonZero = 0;
      double entry = 0;
      for (LinearConstraint k : rows) {
        double a = k.getCoefficients().getEntry(j);
        if (a != 0) {
          nonZero++;
          entry = a;
        }
      }
      factor[j] = nonZero == 1 && Math.abs(entry) == 1 ? 2 : 1;
    }
    return factor;
  }

  /** The constraints with each row divided by its largest absolute coefficient. */
  private static List<LinearConstraint> scaled(List<LinearConstraint> constraints) {
    List<LinearConstraint> scaled = new ArrayList<>(constraints.size());
    for (LinearConstraint k : constraints) {
      double largest = k.getCoefficients().getLInfNorm();
      scaled.add(
          largest == 0
              ? k
              : new LinearConstraint(
                  k.getCoefficients().mapDivide(largest),
                  k.getRelationship(),
                  k.getValue() / largest));
    }
    return scaled;
  }

  /** The first constraint x breaks beyond rounding, described; empty when x meets them all. */
  private static String broken(double[] x, List<LinearConstraint> constraints) {
    RealVector point = new ArrayRealVector(x, false);
    for (int i = 0; i < x.length; i++) {
      if (x[i] < -1e-9) {
        return "x" + i + " = " + x[i];
      }
    }
    for (LinearConstraint k : constraints) {
      double lhs = k.getCoefficients().dotProduct(point);
      double slack = 1e-6 * (1 + Math.abs(k.getValue()) + Math.abs(lhs));
      boolean holds =
          k.getRelationship() == Relationship.EQ
              ? Math.abs(lhs - k.getValue()) <= slack
              : k.getRelationship() == Relationship.LEQ
                  ? lhs <= k.getValue() + slack
                  : lhs >= k.getValue() - slack;
      if (!holds) {
        return lhs + " " + k.getRelationship() + " " + k.getValue();
      }
    }
    return "";
  }
}
