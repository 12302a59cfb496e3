package rbs.disclosure;

import java.util.BitSet;

/**
 * Secondary suppression: withholds further cells, the smallest first, until no withheld cell can be
 * recovered from the visible ones.
 *
 * <p>First a cheap pass: a relation with exactly one withheld cell gives it away by subtraction, so
 * the smallest visible cell of that relation is withheld too. When no relation has a single
 * withheld cell, the exact test looks for cells recoverable by combining relations, and for each it
 * withholds the smallest visible cell of a relation it takes part in. Each round withholds at least
 * one more cell, so it ends.
 */
final class Secondary {

  private Secondary() {}

  static void complete(LinearRelations relations, BitSet hidden, BitSet fixed, long[] size) {
    while (true) {
      if (singleHiddenPass(relations, hidden, fixed, size)) {
        continue;
      }
      BitSet determined = relations.determined(hidden);
      if (determined.isEmpty()
          || !hideNextTo(relations, determined.nextSetBit(0), hidden, fixed, size)) {
        return;
      }
    }
  }

  /** Withholds a partner for every relation with exactly one withheld cell; whether it did. */
  private static boolean singleHiddenPass(
      LinearRelations relations, BitSet hidden, BitSet fixed, long[] size) {
    boolean changed = false;
    for (LinearRelations.Relation r : relations.relations()) {
      int count = hidden.get(r.total()) ? 1 : 0;
      for (int p : r.parts()) {
        count += hidden.get(p) ? 1 : 0;
      }
      if (count == 1) {
        int pick = smallestVisible(r, hidden, fixed, size);
        if (pick >= 0) {
          hidden.set(pick);
          changed = true;
        }
      }
    }
    return changed;
  }

  /**
   * Withholds the smallest visible cell among the relations the determined cell takes part in; when
   * all of those are withheld already, among the relations reached from it through withheld cells
   * (the combination that determines it runs through them).
   */
  private static boolean hideNextTo(
      LinearRelations relations, int cell, BitSet hidden, BitSet fixed, long[] size) {
    java.util.List<LinearRelations.Relation> all = relations.relations();
    BitSet reached = new BitSet();
    reached.set(cell);
    boolean[] used = new boolean[all.size()];
    boolean grew = true;
    while (grew) {
      grew = false;
      int best = -1;
      for (int i = 0; i < all.size(); i++) {
        LinearRelations.Relation r = all.get(i);
        if (!touches(r, reached)) {
          continue;
        }
        int pick = smallestVisible(r, hidden, fixed, size);
        if (pick >= 0 && (best < 0 || better(pick, best, size))) {
          best = pick;
        }
        if (!used[i]) {
          used[i] = true;
          grew = true;
          reached.set(r.total(), hidden.get(r.total()));
          for (int p : r.parts()) {
            if (hidden.get(p)) {
              reached.set(p);
            }
          }
        }
      }
      if (best >= 0) {
        hidden.set(best);
        return true;
      }
    }
    return false;
  }

  private static boolean touches(LinearRelations.Relation r, BitSet cells) {
    if (cells.get(r.total())) {
      return true;
    }
    for (int p : r.parts()) {
      if (cells.get(p)) {
        return true;
      }
    }
    return false;
  }

  /** The visible cell to give up: a part before the total, non-zero before zero, then smallest. */
  private static int smallestVisible(
      LinearRelations.Relation r, BitSet hidden, BitSet fixed, long[] size) {
    int best = -1;
    for (int p : r.parts()) {
      if (!hidden.get(p) && !fixed.get(p) && (best < 0 || better(p, best, size))) {
        best = p;
      }
    }
    if (best < 0 && !hidden.get(r.total()) && !fixed.get(r.total())) {
      best = r.total();
    }
    return best;
  }

  private static boolean better(int a, int b, long[] size) {
    boolean aZero = size[a] == 0;
    boolean bZero = size[b] == 0;
    if (aZero != bZero) {
      return bZero;
    }
    return size[a] != size[b] ? size[a] < size[b] : a < b;
  }
}
