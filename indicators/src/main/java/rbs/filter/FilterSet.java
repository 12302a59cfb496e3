package rbs.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import rbs.rows.Row;

/**
 * A source's filters evaluated together on each row, their answers remembered per combination of
 * the values they read: programmes filter on a few columns of few values (target group, event,
 * yes/no), so most rows are one hash of those values and one lookup instead of every filter
 * evaluated. Only filters that say what they read ({@link RowFilter#reads}) are remembered (at most
 * 64; the rest are evaluated on every row); a combination on which a filter fails is not
 * remembered, so each such row fails again and is counted in the {@link FilterFailures}. Past
 * {@link #MAX_COMBINATIONS} combinations (a filter on a column of many values) the set stops
 * remembering and evaluates every filter, as without it. Not thread-safe: one per reading thread.
 */
public final class FilterSet {

  /** The most combinations remembered before the set gives up remembering. */
  static final int MAX_COMBINATIONS = 4_096;

  // what an empty cell is in a remembered combination
  private static final Object EMPTY = new Object();

  private final RowFilter[] filters;
  private final FilterFailures failures;
  // the filters remembered (by index) and those evaluated every time
  private final int[] remembered;
  private final int[] evaluated;
  // the columns the remembered filters read, together
  private final int[] columns;
  // open addressing: a combination's values, its hash, and which remembered filters pass
  private Object[][] keys = new Object[256][];
  private int[] hashes = new int[256];
  private long[] answers = new long[256];
  private int combinations;
  private boolean remembering;

  /**
   * @param filters the source's distinct filters, by the index {@code failures} knows them by
   */
  public FilterSet(List<RowFilter> filters, FilterFailures failures) {
    this.filters = filters.toArray(new RowFilter[0]);
    this.failures = failures;
    List<Integer> kept = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    TreeSet<Integer> read = new TreeSet<>();
    for (int f = 0; f < this.filters.length; f++) {
      Optional<List<Integer>> reads = this.filters[f].reads();
      if (reads.isPresent() && kept.size() < Long.SIZE) {
        kept.add(f);
        read.addAll(reads.get());
      } else {
        rest.add(f);
      }
    }
    remembered = kept.stream().mapToInt(Integer::intValue).toArray();
    evaluated = rest.stream().mapToInt(Integer::intValue).toArray();
    columns = read.stream().mapToInt(Integer::intValue).toArray();
    remembering = remembered.length > 0;
  }

  /** The number of filters. */
  public int size() {
    return filters.length;
  }

  /**
   * Sets {@code passed[f]} to whether the row passes filter f (false where the filter fails on it,
   * the failure counted).
   */
  public void test(Row row, boolean[] passed) {
    for (int f : evaluated) {
      passed[f] = failures.test(filters[f], f, row);
    }
    if (!remembering) {
      for (int f : remembered) {
        passed[f] = failures.test(filters[f], f, row);
      }
      return;
    }
    int hash = 1;
    for (int c : columns) {
      hash = 31 * hash + (row.has(c) ? row.get(c).hashCode() : 0);
    }
    hash ^= hash >>> 16;
    int mask = keys.length - 1;
    int i = hash & mask;
    while (keys[i] != null) {
      if (hashes[i] == hash && same(keys[i], row)) {
        long bits = answers[i];
        for (int k = 0; k < remembered.length; k++) {
          passed[remembered[k]] = (bits & (1L << k)) != 0;
        }
        return;
      }
      i = (i + 1) & mask;
    }
    long bits = 0;
    boolean failed = false;
    for (int k = 0; k < remembered.length; k++) {
      int f = remembered[k];
      long before = failures.failed(f);
      passed[f] = failures.test(filters[f], f, row);
      failed |= failures.failed(f) != before;
      bits |= passed[f] ? 1L << k : 0;
    }
    if (!failed) {
      remember(i, hash, row, bits);
    }
  }

  private boolean same(Object[] key, Row row) {
    for (int k = 0; k < columns.length; k++) {
      Object v = row.has(columns[k]) ? row.get(columns[k]) : EMPTY;
      if (key[k] != v && !key[k].equals(v)) {
        return false;
      }
    }
    return true;
  }

  private void remember(int at, int hash, Row row, long bits) {
    if (combinations == MAX_COMBINATIONS) {
      // a column of many values: remembering would cost more than it saves
      remembering = false;
      keys = new Object[0][];
      hashes = new int[0];
      answers = new long[0];
      return;
    }
    Object[] key = new Object[columns.length];
    for (int k = 0; k < columns.length; k++) {
      key[k] = row.has(columns[k]) ? row.get(columns[k]) : EMPTY;
    }
    keys[at] = key;
    hashes[at] = hash;
    answers[at] = bits;
    if (++combinations * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    Object[][] oldKeys = keys;
    int[] oldHashes = hashes;
    long[] oldAnswers = answers;
    keys = new Object[oldKeys.length * 2][];
    hashes = new int[keys.length];
    answers = new long[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        answers[i] = oldAnswers[j];
      }
    }
  }

  /** Whether answers are still remembered (for tests). */
  boolean remembering() {
    return remembering;
  }
}
