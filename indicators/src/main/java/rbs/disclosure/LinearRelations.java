package rbs.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Additive relations among the cells of one table ({@code total = part₁ + … + partₙ}) and the exact
 * test of which hidden cells the visible ones determine.
 *
 * <p>Every relation is a linear equation over the cells. Moving the visible cells to the right-hand
 * side leaves a system over the hidden cells alone; a hidden cell is determined exactly when its
 * unit vector lies in the row space of that system. The test reduces the system to reduced row
 * echelon form over the rationals (exact, no rounding): the unit vector lies in the row space iff
 * the row whose pivot is that cell has no other non-zero entry.
 */
final class LinearRelations {

  /** One relation: the total cell and its parts, by cell index. */
  record Relation(int total, List<Integer> parts) {
    Relation {
      parts = List.copyOf(parts);
    }
  }

  private final int cells;
  private final List<Relation> relations = new ArrayList<>();

  LinearRelations(int cells) {
    this.cells = cells;
  }

  void add(int total, int[] parts) {
    relations.add(new Relation(total, java.util.Arrays.stream(parts).boxed().toList()));
  }

  List<Relation> relations() {
    return List.copyOf(relations);
  }

  /** The hidden cells whose values follow from the visible ones through the relations. */
  BitSet determined(BitSet hidden) {
    int[] column = new int[cells];
    int[] cellOf = new int[hidden.cardinality()];
    int n = 0;
    for (int c = hidden.nextSetBit(0); c >= 0; c = hidden.nextSetBit(c + 1)) {
      column[c] = n;
      cellOf[n++] = c;
    }
    List<Fraction[]> rows = new ArrayList<>();
    for (Relation r : relations) {
      Fraction[] row = new Fraction[n];
      java.util.Arrays.fill(row, Fraction.ZERO);
      boolean any = false;
      if (hidden.get(r.total())) {
        row[column[r.total()]] = row[column[r.total()]].add(Fraction.ONE);
        any = true;
      }
      for (int p : r.parts()) {
        if (hidden.get(p)) {
          row[column[p]] = row[column[p]].subtract(Fraction.ONE);
          any = true;
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    int[] pivotRowOfColumn = reduce(rows, n);
    BitSet determined = new BitSet();
    for (int col = 0; col < n; col++) {
      int r = pivotRowOfColumn[col];
      if (r < 0) {
        continue;
      }
      boolean unit = true;
      Fraction[] row = rows.get(r);
      for (int k = 0; k < n && unit; k++) {
        unit = k == col || row[k].isZero();
      }
      if (unit) {
        determined.set(cellOf[col]);
      }
    }
    return determined;
  }

  /** Gauss–Jordan elimination in place; returns, per column, the row of its pivot or -1. */
  private static int[] reduce(List<Fraction[]> rows, int n) {
    int[] pivotRow = new int[n];
    java.util.Arrays.fill(pivotRow, -1);
    int rank = 0;
    for (int col = 0; col < n && rank < rows.size(); col++) {
      int found = -1;
      for (int r = rank; r < rows.size(); r++) {
        if (!rows.get(r)[col].isZero()) {
          found = r;
          break;
        }
      }
      if (found < 0) {
        continue;
      }
      java.util.Collections.swap(rows, rank, found);
      Fraction[] pivot = rows.get(rank);
      Fraction inverse = pivot[col].reciprocal();
      for (int k = col; k < n; k++) {
        pivot[k] = pivot[k].multiply(inverse);
      }
      for (int r = 0; r < rows.size(); r++) {
        Fraction[] row = rows.get(r);
        if (r != rank && !row[col].isZero()) {
          Fraction factor = row[col];
          for (int k = col; k < n; k++) {
            if (!pivot[k].isZero()) {
              row[k] = row[k].subtract(pivot[k].multiply(factor));
            }
          }
        }
      }
      pivotRow[col] = rank++;
    }
    return pivotRow;
  }

  /** An exact rational number. */
  record Fraction(BigInteger num, BigInteger den) {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    static Fraction of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      return g.equals(BigInteger.ONE) || g.signum() == 0
          ? new Fraction(num, den)
          : new Fraction(num.divide(g), den.divide(g));
    }

    boolean isZero() {
      return num.signum() == 0;
    }

    Fraction add(Fraction o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction subtract(Fraction o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction multiply(Fraction o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction reciprocal() {
      return of(den, num);
    }
  }
}
