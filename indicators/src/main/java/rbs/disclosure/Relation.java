package rbs.disclosure;

/**
 * A sum a reader knows: the total cell equals the sum of the part cells (by index) — for distinct
 * persons only roughly, unless the relation is exact (a breakdown by sex: every person has one).
 */
final class Relation {

  private final int[] cells; // total first, then the parts

  /** Whether the sum holds exactly even for distinct persons. */
  final boolean exact;

  Relation(int total, int[] parts) {
    this(total, parts, false);
  }

  Relation(int total, int[] parts, boolean exact) {
    this.exact = exact;
    cells = new int[parts.length + 1];
    cells[0] = total;
    System.arraycopy(parts, 0, cells, 1, parts.length);
  }

  /** Every cell of the relation, total first (not to be changed). */
  int[] cells() {
    return cells;
  }

  /** The coefficient of the cell at a position of {@link #cells()} in {@code total − Σ parts}. */
  static int coefficient(int position) {
    return position == 0 ? 1 : -1;
  }
}
