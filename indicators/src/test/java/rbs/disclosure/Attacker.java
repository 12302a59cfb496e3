package rbs.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Unit;

/**
 * What a reader of a published table can work out: sets up the table's sums (months → longer
 * periods, districts → whole) from scratch, independently of the production code, and tests with
 * floating-point rank arithmetic (values are small) whether a withheld cell is fixed by them.
 */
final class Attacker {

  private final List<Outcome> cells;
  private final List<int[]> equations = new ArrayList<>(); // [total, part...]

  Attacker(List<Outcome> published) {
    cells = published.stream().filter(o -> o.period().kind() != PeriodKind.FORECAST).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      index.put(key(cells.get(i).unit(), cells.get(i).period()), i);
    }
    for (int i = 0; i < cells.size(); i++) {
      Outcome o = cells.get(i);
      if (o.period().kind() != PeriodKind.MONTH) {
        List<Integer> eq = new ArrayList<>(List.of(i));
        for (int m = o.period().firstMonth(); m <= o.period().lastMonth(); m++) {
          eq.add(index.get(key(o.unit(), Period.month(o.period().year(), m))));
        }
        equations.add(eq.stream().mapToInt(Integer::intValue).toArray());
      }
      if (o.unit().isWhole()) {
        List<Integer> eq = new ArrayList<>(List.of(i));
        for (int j = 0; j < cells.size(); j++) {
          if (!cells.get(j).unit().isWhole() && cells.get(j).period().equals(o.period())) {
            eq.add(j);
          }
        }
        equations.add(eq.stream().mapToInt(Integer::intValue).toArray());
      }
    }
  }

  private static String key(Unit u, Period p) {
    return u.name() + "|" + p;
  }

  List<Outcome> withheld() {
    return cells.stream().filter(o -> o.flag() == Flag.WITHHELD).toList();
  }

  /** Whether the withheld cell's value follows from the visible cells. */
  boolean canRecover(Outcome target) {
    List<Integer> unknowns = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).flag() == Flag.WITHHELD) {
        unknowns.add(i);
      }
    }
    int n = unknowns.size();
    List<double[]> rows = new ArrayList<>();
    for (int[] eq : equations) {
      double[] row = new double[n];
      for (int k = 0; k < eq.length; k++) {
        int u = unknowns.indexOf(eq[k]);
        if (u >= 0) {
          row[u] += k == 0 ? 1 : -1;
        }
      }
      rows.add(row);
    }
    int before = rank(rows, n);
    double[] unit = new double[n];
    unit[unknowns.indexOf(cells.indexOf(target))] = 1;
    rows.add(unit);
    return rank(rows, n) == before;
  }

  private static int rank(List<double[]> original, int n) {
    double[][] m = original.stream().map(double[]::clone).toArray(double[][]::new);
    int rank = 0;
    for (int col = 0; col < n && rank < m.length; col++) {
      int best = rank;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
          best = r;
        }
      }
      if (Math.abs(m[best][col]) < 1e-9) {
        continue;
      }
      double[] tmp = m[rank];
      m[rank] = m[best];
      m[best] = tmp;
      for (int r = rank + 1; r < m.length; r++) {
        double f = m[r][col] / m[rank][col];
        for (int k = col; k < n; k++) {
          m[r][k] -= f * m[rank][k];
        }
      }
      rank++;
    }
    return rank;
  }

  static long visibleCount(Outcome o) {
    return o.value().map(BigDecimal::longValue).orElse(0L);
  }
}
