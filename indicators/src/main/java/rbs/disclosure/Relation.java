package rbs.disclosure;

/** A sum a reader knows: the total cell equals the sum of the part cells (by index). */
record Relation(int total, int[] parts) {

  Relation {
    parts = parts.clone();
  }

  /** Every cell of the relation, total first. */
  int[] cells() {
    int[] all = new int[parts.length + 1];
    all[0] = total;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return all;
  }

  /** The coefficient of a cell in {@code total − Σ parts = 0}. */
  static int coefficient(int position) {
    return position == 0 ? 1 : -1;
  }
}
