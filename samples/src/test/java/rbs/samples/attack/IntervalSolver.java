package rbs.samples.attack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Bounds a linear function of non-negative unknowns that satisfy soft bands (lowest ≤ excess ≤
 * highest, may be violated) and hard inequalities (f ≤ 0): first the least total violation of the
 * bands, then, among the unknowns that reach it (within {@link #TOLERANCE}), the least and greatest
 * value of the function. Commons Math's simplex; one slack pair per band.
 *
 * <p>Unknowns with identical columns (in the same relations with the same coefficients, like four
 * districts' withheld years that only the city's year ties) are solved as one, their sum: the
 * constraints cannot tell them apart, so a function is greatest with the whole sum on the member of
 * greatest coefficient, least on that of least. This is exact, makes the programmes smaller, and
 * keeps clear of a Commons Math bug (see {@link Simplex}).
 */
final class IntervalSolver {

  /** How much more total violation than the least the second step allows (rounding only). */
  static final double TOLERANCE = 1e-6;

  /** One constraint over the original unknowns and the slacks. */
  private static final class Row {
    private final double[] a;
    private final Relationship relationship;
    private final double rhs;

    Row(double[] a, Relationship relationship, double rhs) {
      this.a = a;
      this.relationship = relationship;
      this.rhs = rhs;
    }

    double[] a() {
      return a;
    }

    Relationship relationship() {
      return relationship;
    }

    double rhs() {
      return rhs;
    }
  }

  private final int n;
  private final int m;
  private final List<Band> soft;

  /** Per original unknown, its group (the merged unknown it belongs to). */
  private final int[] groupOf;

  private final List<List<Integer>> groups = new ArrayList<>();

  private final List<LinearConstraint> constraints = new ArrayList<>();
  private List<LinearConstraint> withoutSlacks;

  /** Points found on the face (the merged unknowns only), to skip programmes they answer. */
  private final List<double[]> found = new ArrayList<>();

  private double minimalViolation = Double.NaN;

  /**
   * @param variables the number of unknowns x₀…xₙ₋₁, all ≥ 0
   * @param soft the bands to meet as closely as possible
   * @param hard each form f stands for the hard inequality f(x) ≤ 0
   */
  IntervalSolver(int variables, List<Band> soft, List<LinearForm> hard) {
    this.n = variables;
    this.soft = List.copyOf(soft);
    this.m = this.soft.size();
    List<Row> rows = rows(hard);
    this.groupOf = group(rows);
    for (Row r : rows) {
      double[] reduced = new double[width()];
      for (int g = 0; g < groups.size(); g++) {
        reduced[g] = r.a()[groups.get(g).get(0)];
      }
      System.arraycopy(r.a(), n, reduced, groups.size(), 2 * m);
      constraints.add(new LinearConstraint(reduced, r.relationship(), r.rhs()));
    }
  }

  private List<Row> rows(List<LinearForm> hard) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      Band b = soft.get(k);
      if (b.isExact()) {
        // excess - p_k + q_k = 0: p_k, q_k >= 0 the violation either way
        double[] a = full(b.excess());
        a[n + k] = -1;
        a[n + m + k] = 1;
        rows.add(new Row(a, Relationship.EQ, -b.excess().constant()));
      } else {
        // lowest - excess - q_k <= 0 and excess - highest - p_k <= 0
        LinearForm below = b.lowest().plus(b.excess(), -1);
        double[] a = full(below);
        a[n + m + k] = -1;
        rows.add(new Row(a, Relationship.LEQ, -below.constant()));
        LinearForm above = b.excess().plus(b.highest(), -1);
        double[] c = full(above);
        c[n + k] = -1;
        rows.add(new Row(c, Relationship.LEQ, -above.constant()));
      }
    }
    for (LinearForm f : hard) {
      rows.add(new Row(full(f), Relationship.LEQ, -f.constant()));
    }
    return rows;
  }

  /** Groups the unknowns by identical columns; fills {@link #groups}. */
  private int[] group(List<Row> rows) {
    int[] of = new int[n];
    Map<List<Double>, Integer> byColumn = new HashMap<>();
    for (int v = 0; v < n; v++) {
      Double[] column = new Double[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        column[r] = rows.get(r).a()[v] + 0.0; // -0.0 and 0.0 alike
      }
      int g = byColumn.computeIfAbsent(Arrays.asList(column), c -> groups.size());
      if (g == groups.size()) {
        groups.add(new ArrayList<>());
      }
      groups.get(g).add(v);
      of[v] = g;
    }
    return of;
  }

  /** The least total violation of the bands over x ≥ 0 and the hard inequalities. */
  double minimalViolation() {
    if (Double.isNaN(minimalViolation)) {
      if (soft.isEmpty()) {
        minimalViolation = 0;
      } else {
        double[] c = violation();
        minimalViolation =
            value(c, 0, remember(Simplex.solve(c, constraints, GoalType.MINIMIZE, false)));
        if (minimalViolation > 1e-9) {
          // a least that is not 0 is not proven by its point: ask the other pivot rule too
          double again =
              value(c, 0, remember(Simplex.solve(c, constraints, GoalType.MINIMIZE, true)));
          minimalViolation = Math.min(minimalViolation, again);
        }
        minimalViolation = Math.max(0, minimalViolation);
      }
    }
    return minimalViolation;
  }

  /** The range of f over the unknowns that reach the least violation. */
  Interval range(LinearForm f) {
    return range(f, false);
  }

  /**
   * The range of f, the simplex trying Bland's pivot rule first: a second opinion, for a range that
   * matters (Commons Math's simplex may stop short of an optimum).
   */
  Interval secondOpinion(LinearForm f) {
    return range(f, true);
  }

  private Interval range(LinearForm f, boolean blandFirst) {
    double[] least = objective(f, GoalType.MINIMIZE);
    double[] greatest = objective(f, GoalType.MAXIMIZE);
    if (Arrays.stream(least).allMatch(c -> c == 0)
        && Arrays.stream(greatest).allMatch(c -> c == 0)) {
      return new Interval(f.constant(), f.constant());
    }
    if (minimalViolation() <= 1e-9) {
      // the bands can all be met: solve without their slacks, a smaller programme
      try {
        return range(withoutSlacks(), groups.size(), least, greatest, f.constant(), blandFirst);
      } catch (NoFeasibleSolutionException e) {
        // met only to the solver's precision: take the slacks after all
      }
    }
    // the least violation is known only to the solver's precision: widen until the face is found
    for (double tolerance = TOLERANCE; ; tolerance *= 100) {
      List<LinearConstraint> face = new ArrayList<>(constraints);
      double bound = minimalViolation() * (1 + tolerance) + tolerance;
      face.add(new LinearConstraint(violation(), Relationship.LEQ, bound));
      try {
        return range(face, width(), least, greatest, f.constant(), blandFirst);
      } catch (NoFeasibleSolutionException e) {
        if (tolerance > 1e-3) {
          throw new IllegalStateException("no unknowns reach the least violation", e);
        }
      }
    }
  }

  private Interval range(
      List<LinearConstraint> face,
      int width,
      double[] least,
      double[] greatest,
      double constant,
      boolean blandFirst) {
    if (face.isEmpty()) {
      // nothing ties the unknowns: each is 0 or more, without end
      boolean down = Arrays.stream(least).anyMatch(c -> c < 0);
      boolean up = Arrays.stream(greatest).anyMatch(c -> c > 0);
      return new Interval(
          down ? Double.NEGATIVE_INFINITY : constant, up ? Double.POSITIVE_INFINITY : constant);
    }
    double[] cLeast = Arrays.copyOf(least, width);
    double[] cGreatest = Arrays.copyOf(greatest, width);
    double lo =
        reachesZero(cLeast)
            ? constant
            : value(
                cLeast,
                constant,
                remember(Simplex.solve(cLeast, face, GoalType.MINIMIZE, blandFirst)));
    double hi;
    try {
      hi =
          value(
              cGreatest,
              constant,
              remember(Simplex.solve(cGreatest, face, GoalType.MAXIMIZE, blandFirst)));
    } catch (UnboundedSolutionException e) {
      hi = Double.POSITIVE_INFINITY;
    }
    return new Interval(lo, Math.max(lo, hi));
  }

  /**
   * Whether c·x, with no negative coefficient, is 0 at some point already found on the face: then 0
   * is its least value, with no programme to solve.
   */
  private boolean reachesZero(double[] c) {
    for (int g = 0; g < groups.size(); g++) {
      if (c[g] < 0) {
        return false;
      }
    }
    for (double[] x : found) {
      double sum = 0;
      for (int g = 0; g < groups.size(); g++) {
        sum += c[g] * x[g];
      }
      if (sum <= 1e-9) {
        return true;
      }
    }
    return false;
  }

  private double[] remember(double[] x) {
    if (found.size() < 1024) {
      found.add(Arrays.copyOf(x, groups.size()));
    }
    return x;
  }

  /**
   * The range of f over the points already found on the face (ends of earlier ranges): an inner
   * range, the true one holds it; empty before any point is found.
   */
  java.util.Optional<Interval> witnessed(LinearForm f) {
    minimalViolation();
    if (found.isEmpty()) {
      return java.util.Optional.empty();
    }
    double[] least = objective(f, GoalType.MINIMIZE);
    double[] greatest = objective(f, GoalType.MAXIMIZE);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] x : found) {
      double down = f.constant();
      double up = f.constant();
      for (int g = 0; g < groups.size(); g++) {
        down += least[g] * x[g];
        up += greatest[g] * x[g];
      }
      lo = Math.min(lo, down);
      hi = Math.max(hi, up);
    }
    return java.util.Optional.of(Interval.inner(lo, Math.max(lo, hi)));
  }

  /** The constraints with the bands as hard rows (their slack columns dropped). */
  private List<LinearConstraint> withoutSlacks() {
    if (withoutSlacks == null) {
      withoutSlacks = new ArrayList<>();
      for (LinearConstraint k : constraints) {
        double[] a = Arrays.copyOf(k.getCoefficients().toArray(), groups.size());
        withoutSlacks.add(new LinearConstraint(a, k.getRelationship(), k.getValue()));
      }
    }
    return withoutSlacks;
  }

  /**
   * The least-squares solution of the bands' middles (the shortest one when many fit equally),
   * ignoring x ≥ 0 and the hard inequalities.
   */
  double[] leastSquares() {
    if (soft.isEmpty() || n == 0) {
      return new double[n];
    }
    double[][] a = new double[m][n];
    double[] b = new double[m];
    for (int k = 0; k < m; k++) {
      LinearForm f = soft.get(k).centred();
      double[] row = a[k];
      f.coefficients().forEach((v, c) -> row[v] = c);
      b[k] = -f.constant();
    }
    return new SingularValueDecomposition(new Array2DRowRealMatrix(a, false))
        .getSolver()
        .solve(new ArrayRealVector(b, false))
        .toArray();
  }

  /** f over the merged unknowns: per group the greatest (or least) coefficient of its members. */
  private double[] objective(LinearForm f, GoalType goal) {
    double[] c = new double[width()];
    boolean[] seen = new boolean[groups.size()];
    for (int v = 0; v < n; v++) {
      double a = f.coefficients().getOrDefault(v, 0.0);
      int g = groupOf[v];
      boolean better = goal == GoalType.MAXIMIZE ? a > c[g] : a < c[g];
      if (!seen[g] || better) {
        c[g] = a;
        seen[g] = true;
      }
    }
    return c;
  }

  private double[] violation() {
    double[] c = new double[width()];
    Arrays.fill(c, groups.size(), width(), 1);
    return c;
  }

  private int width() {
    return groups.size() + 2 * m;
  }

  private double[] full(LinearForm f) {
    double[] a = new double[n + 2 * m];
    f.coefficients().forEach((v, c) -> a[v] = c);
    return a;
  }

  private static double value(double[] c, double constant, double[] x) {
    double sum = constant;
    for (int i = 0; i < c.length; i++) {
      sum += c[i] * x[i];
    }
    return sum;
  }
}
