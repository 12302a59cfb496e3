package rbs.samples.attack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers a reader does not know, numbered, with the relations among them as linear forms,
 * split into independent components (unknowns that share no relation are solved apart, which keeps
 * each linear programme small).
 */
final class Unknowns {

  /** How far a share's numerator may stray from value × denominator (the value is unrounded). */
  private static final double RATIO_SLACK = 1e-3;

  private final Knowledge knowledge;
  private final Map<Item, Integer> numbers = new TreeMap<>();
  private final List<Band> soft = new ArrayList<>();
  private final List<LinearForm> hard = new ArrayList<>();
  private int[] parent = new int[0];
  private final Map<Integer, Component> components = new HashMap<>();

  private Unknowns(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * @param shareScale per share indicator, what value = scale × numerator / denominator uses (100
   *     for a percentage)
   */
  static Unknowns of(
      Knowledge k,
      List<Relation> relations,
      Calibration calibration,
      Map<String, Double> shareScale) {
    Unknowns u = new Unknowns(k);
    for (Relation r : relations) {
      if (k.state(r.whole()) == Knowledge.State.KNOWN
          && r.parts().stream().allMatch(p -> k.state(p) == Knowledge.State.KNOWN)) {
        continue; // a relation among known numbers teaches nothing
      }
      LinearForm.Builder excess = new LinearForm.Builder();
      r.parts().forEach(p -> u.term(excess, p, 1));
      u.term(excess, r.whole(), -1);
      Calibration.Overlap o = calibration.overlap(r);
      if (o.equals(Calibration.Overlap.EXACT)) {
        u.soft.add(Band.exact(excess.build()));
      } else {
        LinearForm.Builder whole = new LinearForm.Builder();
        u.term(whole, r.whole(), 1);
        LinearForm w = whole.build();
        u.soft.add(new Band(excess.build(), w.times(o.least()), w.times(o.greatest())));
      }
    }
    for (Cell c : k.withheldCells()) {
      for (Quantity q : k.quantities(c.indicator())) {
        if (k.state(c.item(q)) != Knowledge.State.KNOWN) {
          u.number(c.item(q));
        }
      }
    }
    u.shareConstraints(shareScale);
    u.join();
    return u;
  }

  /** A share's numerator is at most its denominator; a shown percentage ties the two. */
  private void shareConstraints(Map<String, Double> shareScale) {
    TreeSet<Cell> cells = new TreeSet<>();
    numbers.keySet().stream()
        .filter(i -> i.quantity() != Quantity.VALUE)
        .forEach(i -> cells.add(i.cell()));
    for (Cell c : cells) {
      Item num = c.item(Quantity.NUMERATOR);
      Item den = c.item(Quantity.DENOMINATOR);
      LinearForm.Builder f = new LinearForm.Builder();
      term(f, num, 1);
      term(f, den, -1);
      hard.add(f.build());
      Optional<Double> shown = knowledge.shownShare(c);
      if (shown.isPresent()) {
        double ratio = shown.get() / shareScale.getOrDefault(c.indicator(), 100.0);
        LinearForm.Builder g = new LinearForm.Builder();
        term(g, num, 1);
        term(g, den, -ratio);
        LinearForm gf = g.build();
        hard.add(new LinearForm(gf.coefficients(), gf.constant() - RATIO_SLACK));
        LinearForm.Builder h = new LinearForm.Builder();
        term(h, num, -1);
        term(h, den, ratio);
        LinearForm hf = h.build();
        hard.add(new LinearForm(hf.coefficients(), hf.constant() - RATIO_SLACK));
      }
    }
  }

  /** Adds coefficient × item to f: a known number as a constant, an unknown as a variable. */
  private void term(LinearForm.Builder f, Item item, double coefficient) {
    OptionalDouble v = knowledge.value(item);
    if (v.isPresent()) {
      f.add(coefficient * v.getAsDouble());
    } else {
      f.add(number(item), coefficient);
    }
  }

  private int number(Item item) {
    return numbers.computeIfAbsent(item, i -> numbers.size());
  }

  int size() {
    return numbers.size();
  }

  int relations() {
    return soft.size();
  }

  /** The range a sum of numbers with coefficients can take; exact when all are known. */
  Interval range(Map<Item, Double> terms) {
    LinearForm f = form(terms);
    if (f.coefficients().isEmpty()) {
      return new Interval(f.constant(), f.constant());
    }
    return component(f).range(f);
  }

  /**
   * The range spanned by points already found (an inner range: the true one holds it), when some
   * are; exact when all numbers are known.
   */
  Optional<Interval> witnessed(Map<Item, Double> terms) {
    LinearForm f = form(terms);
    if (f.coefficients().isEmpty()) {
      return Optional.of(new Interval(f.constant(), f.constant()));
    }
    return component(f).witnessed(f);
  }

  /**
   * The range again, each end the farther of two pivot rules' answers: every end is reached by a
   * checked point, so the wider is the nearer to the true range.
   */
  Interval secondOpinion(Map<Item, Double> terms) {
    LinearForm f = form(terms);
    Interval first = range(terms);
    if (f.coefficients().isEmpty()) {
      return first;
    }
    Interval second = component(f).secondOpinion(f);
    return new Interval(Math.min(first.lo(), second.lo()), Math.max(first.hi(), second.hi()));
  }

  /** The least-squares estimate of a sum of numbers with coefficients. */
  double estimate(Map<Item, Double> terms) {
    LinearForm f = form(terms);
    return f.coefficients().isEmpty() ? f.constant() : component(f).estimate(f);
  }

  private LinearForm form(Map<Item, Double> terms) {
    LinearForm.Builder f = new LinearForm.Builder();
    new TreeMap<>(terms).forEach((item, c) -> term(f, item, c));
    return f.build();
  }

  private Component component(LinearForm f) {
    int root = find(f.coefficients().firstKey());
    for (int v : f.coefficients().keySet()) {
      if (find(v) != root) {
        throw new IllegalStateException("a count spans two independent components: " + f);
      }
    }
    return components.computeIfAbsent(root, this::buildComponent);
  }

  private Component buildComponent(int root) {
    Map<Integer, Integer> local = new TreeMap<>();
    for (int v = 0; v < numbers.size(); v++) {
      if (find(v) == root) {
        local.put(v, local.size());
      }
    }
    List<Band> s = new ArrayList<>();
    List<LinearForm> h = new ArrayList<>();
    for (Band b : soft) {
      if (find(b.variables().first()) == root) {
        s.add(b.renumbered(local));
      }
    }
    for (LinearForm f : hard) {
      if (!f.coefficients().isEmpty() && find(f.coefficients().firstKey()) == root) {
        h.add(f.renumbered(local));
      }
    }
    return new Component(local, new IntervalSolver(local.size(), s, h));
  }

  /** One independent part of the system, with its solver and least-squares point. */
  private static final class Component {
    private final Map<Integer, Integer> local;
    private final IntervalSolver solver;
    private double[] leastSquares;

    Component(Map<Integer, Integer> local, IntervalSolver solver) {
      this.local = local;
      this.solver = solver;
    }

    Interval range(LinearForm f) {
      return solver.range(f.renumbered(local));
    }

    Interval secondOpinion(LinearForm f) {
      return solver.secondOpinion(f.renumbered(local));
    }

    Optional<Interval> witnessed(LinearForm f) {
      return solver.witnessed(f.renumbered(local));
    }

    double estimate(LinearForm f) {
      if (leastSquares == null) {
        leastSquares = solver.leastSquares();
      }
      return f.renumbered(local).at(leastSquares);
    }
  }

  // union-find over the variables: two variables in one form are in one component

  private void join() {
    parent = new int[numbers.size()];
    for (int v = 0; v < parent.length; v++) {
      parent[v] = v;
    }
    List<java.util.Set<Integer>> groups = new ArrayList<>();
    soft.forEach(b -> groups.add(b.variables()));
    hard.forEach(f -> groups.add(f.coefficients().keySet()));
    {
      for (java.util.Set<Integer> group : groups) {
        Integer first = null;
        for (int v : group) {
          if (first == null) {
            first = v;
          } else {
            parent[find(v)] = find(first);
          }
        }
      }
    }
  }

  private int find(int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }
}
