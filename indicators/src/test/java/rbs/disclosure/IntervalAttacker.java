package rbs.disclosure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.PeriodKind;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Slice;
import rbs.model.SliceOutcome;

/**
 * What a reader of one or more publications of one indicator can prove, written from scratch for
 * the tests (Apache Commons Math's simplex, not the solver the product uses).
 *
 * <p>The reader's unknowns are every number of every unit and month, tertial, year to date and year
 * of the years the publications cover, shown or not: each month of each unit is a variable, each
 * longer span is the sum of its months, the whole is the sum of its districts, a group of districts
 * the sum of its members (as the programme declares them), every number is at least zero and a
 * share's numerator at most its denominator. What any publication shows is known. For every number
 * whose true value is small (1 to threshold − 1, or a share's numerator, denominator or rest that
 * small) and that no publication shows, the attacker finds the least and greatest value; it is
 * boxed in when fewer than threshold whole numbers separate them.
 *
 * <p>Breakdown categories are numbers of their own with the same sums among them, and the
 * indicator's number is the sum of each breakdown's categories.
 *
 * <p>The tables the tests build add up exactly, so every relation is an equation.
 */
final class IntervalAttacker {

  /** A unit, a span of months and a breakdown category ("" for the indicator's own number). */
  record Span(String unit, YearMonth from, YearMonth to, String slice) {
    Span(String unit, YearMonth from, YearMonth to) {
      this(unit, from, to, "");
    }

    boolean isMonth() {
      return from.equals(to);
    }

    @Override
    public String toString() {
      return unit
          + (slice.isEmpty() ? "" : " " + slice)
          + " "
          + from
          + (isMonth() ? "" : ".." + to);
    }
  }

  /** A small number a reader can narrow down: its span, quantity and range. */
  record Finding(Span span, String quantity, double min, double max, long truth) {}

  private final int threshold;
  private final int quantities;
  private final Map<Span, long[]> truth = new LinkedHashMap<>();
  private final Map<Span, long[]> known = new HashMap<>();
  private final List<Span> unknowns = new ArrayList<>();
  private final Map<Span, Integer> column = new HashMap<>();
  private final List<double[]> rows = new ArrayList<>(); // coefficients over unknowns, then rhs
  private final List<String> visibleSmall = new ArrayList<>();

  /**
   * @param internal every number of the indicator, as computed (the truth)
   * @param publications what each publication showed of it
   */
  IntervalAttacker(Results internal, List<Results> publications) {
    this.threshold = internal.programme().disclosureThreshold();
    this.quantities =
        internal.programme().indicators().findFirst().orElseThrow().measure() instanceof Share
            ? 2
            : 1;
    for (Map.Entry<Span, Outcome> e : numbers(internal).entrySet()) {
      truth.putIfAbsent(e.getKey(), numbers(e.getValue()));
    }
    for (Results p : publications) {
      for (Map.Entry<Span, Outcome> e : numbers(p).entrySet()) {
        Outcome o = e.getValue();
        if (o.flag() == Flag.NONE || o.flag() == Flag.MISSING) {
          known.put(e.getKey(), numbers(o));
          if (o.flag() == Flag.NONE && small(numbers(o))) {
            visibleSmall.add(e.getKey().toString());
          }
        }
      }
    }
    for (Span s : truth.keySet()) {
      if (!known.containsKey(s)) {
        column.put(s, unknowns.size());
        unknowns.add(s);
      }
    }
    // the sums a reader knows among units: the whole of its districts, a group of its members
    String whole = internal.programme().municipality();
    Map<String, List<String>> sums = new HashMap<>();
    List<String> groups = new ArrayList<>();
    for (rbs.model.DistrictGroup g : internal.programme().groups()) {
      sums.put(g.name(), g.members());
      groups.add(g.name());
    }
    List<String> districts = new ArrayList<>();
    for (Span s : truth.keySet()) {
      if (!s.unit().equals(whole) && !groups.contains(s.unit()) && !districts.contains(s.unit())) {
        districts.add(s.unit());
      }
    }
    if (!districts.isEmpty()) {
      sums.put(whole, districts);
    }
    List<List<String>> breakdowns = new ArrayList<>();
    internal
        .programme()
        .indicators()
        .findFirst()
        .orElseThrow()
        .breakdowns()
        .forEach(b -> breakdowns.add(b.slices().stream().map(Slice::key).toList()));
    for (Span s : truth.keySet()) {
      if (!s.isMonth()) {
        List<Span> parts = new ArrayList<>();
        for (YearMonth m = s.from(); !m.isAfter(s.to()); m = m.plusMonths(1)) {
          parts.add(new Span(s.unit(), m, m, s.slice()));
        }
        equation(s, parts);
      }
      List<Span> parts = new ArrayList<>();
      for (String d : sums.getOrDefault(s.unit(), List.of())) {
        parts.add(new Span(d, s.from(), s.to(), s.slice()));
      }
      if (!parts.isEmpty()) {
        equation(s, parts);
      }
      if (s.slice().isEmpty()) {
        for (List<String> categories : breakdowns) {
          List<Span> cells = new ArrayList<>();
          categories.forEach(c -> cells.add(new Span(s.unit(), s.from(), s.to(), c)));
          equation(s, cells);
        }
      }
    }
  }

  /** Every number of results but forecasts, the indicator's own and its categories'. */
  private static Map<Span, Outcome> numbers(Results r) {
    Map<Span, Outcome> out = new LinkedHashMap<>();
    for (Outcome o : r.outcomes()) {
      if (o.period().kind() != PeriodKind.FORECAST) {
        out.putIfAbsent(span(o, ""), o);
      }
    }
    for (SliceOutcome so : r.breakdowns()) {
      out.putIfAbsent(span(so.outcome(), so.slice().key()), so.outcome());
    }
    return out;
  }

  private static Span span(Outcome o, String slice) {
    return new Span(
        o.unit().name(), YearMonth.from(o.period().from()), YearMonth.from(o.period().to()), slice);
  }

  private long[] numbers(Outcome o) {
    if (quantities == 2) {
      return new long[] {whole(o.numerator()), whole(o.denominator())};
    }
    return new long[] {whole(o.value())};
  }

  private static long whole(Optional<BigDecimal> n) {
    return n.map(BigDecimal::longValue).orElse(0L);
  }

  private boolean small(long[] v) {
    if (quantities == 2) {
      return isSmall(v[0]) || isSmall(v[1]) || isSmall(v[1] - v[0]);
    }
    return isSmall(v[0]);
  }

  private boolean isSmall(long n) {
    return n >= 1 && n < threshold;
  }

  /** total − Σ parts = 0, per quantity, with the known numbers moved to the right-hand side. */
  private void equation(Span total, List<Span> parts) {
    for (Span p : parts) {
      if (!truth.containsKey(p)) {
        return; // a part the tables do not have: no such relation
      }
    }
    for (int q = 0; q < quantities; q++) {
      double[] row = new double[unknowns.size() * quantities + 1];
      add(row, total, q, 1);
      for (Span p : parts) {
        add(row, p, q, -1);
      }
      rows.add(row);
    }
  }

  private void add(double[] row, Span s, int q, int sign) {
    Integer c = column.get(s);
    if (c != null) {
      row[c * quantities + q] += sign;
    } else {
      row[row.length - 1] -= sign * known.get(s)[q];
    }
  }

  /** Small counts shown as numbers: primary suppression missed them. */
  List<String> visibleSmall() {
    return visibleSmall;
  }

  /** Every small number no publication shows whose range is narrower than the threshold. */
  List<Finding> boxedIn() {
    List<Finding> out = new ArrayList<>();
    for (Span s : unknowns) {
      long[] t = truth.get(s);
      List<double[]> objectives = new ArrayList<>();
      List<String> names = new ArrayList<>();
      if (quantities == 1 && isSmall(t[0])) {
        objectives.add(new double[] {1});
        names.add("count");
      }
      if (quantities == 2) {
        if (isSmall(t[0])) {
          objectives.add(new double[] {1, 0});
          names.add("numerator");
        }
        if (isSmall(t[1])) {
          objectives.add(new double[] {0, 1});
          names.add("denominator");
        }
        if (isSmall(t[1] - t[0])) {
          objectives.add(new double[] {-1, 1});
          names.add("rest");
        }
      }
      for (int k = 0; k < objectives.size(); k++) {
        double min = optimum(s, objectives.get(k), GoalType.MINIMIZE);
        double max = optimum(s, objectives.get(k), GoalType.MAXIMIZE);
        long value =
            (long)
                (objectives.get(k)[0] * t[0] + (quantities == 2 ? objectives.get(k)[1] * t[1] : 0));
        if (Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) < threshold) {
          out.add(new Finding(s, names.get(k), min, max, value));
        }
      }
    }
    return out;
  }

  private double optimum(Span s, double[] objective, GoalType goal) {
    int n = unknowns.size() * quantities;
    double[] c = new double[n];
    int at = column.get(s) * quantities;
    for (int q = 0; q < quantities; q++) {
      c[at + q] = objective[q];
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    for (double[] row : rows) {
      double[] a = java.util.Arrays.copyOf(row, n);
      boolean any = false;
      for (double v : a) {
        any |= v != 0;
      }
      if (any) {
        constraints.add(new LinearConstraint(a, Relationship.EQ, row[n]));
      }
    }
    if (quantities == 2) {
      for (int u = 0; u < unknowns.size(); u++) {
        double[] a = new double[n];
        a[u * 2] = 1;
        a[u * 2 + 1] = -1;
        constraints.add(new LinearConstraint(a, Relationship.LEQ, 0));
      }
    }
    LinearConstraintSet set = new LinearConstraintSet(constraints);
    try {
      PointValuePair p = solve(c, set, goal, PivotSelectionRule.DANTZIG);
      if (!feasible(p.getPoint(), constraints)) {
        // Commons Math's simplex can end on a point outside the constraints; an attacker that
        // believed it could miss a leak, so it tries Bland's rule and otherwise refuses to answer.
        p = solve(c, set, goal, PivotSelectionRule.BLAND);
        if (!feasible(p.getPoint(), constraints)) {
          throw new IllegalStateException(
              "the test's simplex returned an infeasible point for " + s);
        }
      }
      return p.getValue();
    } catch (UnboundedSolutionException e) {
      return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
  }

  private static PointValuePair solve(
      double[] c, LinearConstraintSet set, GoalType goal, PivotSelectionRule rule) {
    return new SimplexSolver()
        .optimize(
            new MaxIter(100_000),
            new LinearObjectiveFunction(c, 0),
            set,
            goal,
            new NonNegativeConstraint(true),
            rule);
  }

  /** Whether a point keeps every constraint and is non-negative, to a tolerance of 1e-6. */
  static boolean feasible(double[] x, List<LinearConstraint> constraints) {
    for (double v : x) {
      if (v < -1e-6) {
        return false;
      }
    }
    for (LinearConstraint k : constraints) {
      double lhs = k.getCoefficients().dotProduct(new ArrayRealVector(x, false));
      double rhs = k.getValue();
      boolean ok =
          switch (k.getRelationship()) {
            case EQ -> Math.abs(lhs - rhs) <= 1e-6;
            case LEQ -> lhs <= rhs + 1e-6;
            case GEQ -> lhs >= rhs - 1e-6;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
