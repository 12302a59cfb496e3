package rbs.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The months each person was counted in, per (person, district slot) and per person-counting
 * aggregate of one source: an open-addressing table of primitives, so memory grows with distinct
 * persons, never with rows, and any period's distinct count is a mask test at the end.
 */
final class PersonMonths {

  private static final int EMPTY = 0;

  private final int aggregates;
  // slot of the table -> entry index + 1 (0 = empty)
  private int[] table = new int[1 << 10];
  private long[] persons = new long[1 << 9];
  private int[] slots = new int[1 << 9];
  private int[] months;
  private int size;

  PersonMonths(int aggregates) {
    this.aggregates = aggregates;
    this.months = new int[(1 << 9) * aggregates];
  }

  int size() {
    return size;
  }

  /** The entry of a (person, slot), created when new. */
  int entry(long person, int slot) {
    int mask = table.length - 1;
    int i = hash(person, slot) & mask;
    while (true) {
      int e = table[i];
      if (e == EMPTY) {
        return insert(i, person, slot);
      }
      e--;
      if (persons[e] == person && slots[e] == slot) {
        return e;
      }
      i = (i + 1) & mask;
    }
  }

  /** Marks the months (bits of the window) of one aggregate for an entry. */
  void add(int entry, int aggregate, int monthBits) {
    months[entry * aggregates + aggregate] |= monthBits;
  }

  private int insert(int at, long person, int slot) {
    if (size == persons.length) {
      int cap = size + (size >> 1);
      persons = Arrays.copyOf(persons, cap);
      slots = Arrays.copyOf(slots, cap);
      months = Arrays.copyOf(months, cap * aggregates);
    }
    int e = size++;
    persons[e] = person;
    slots[e] = slot;
    table[at] = e + 1;
    if (size * 2 > table.length) {
      rehash();
    }
    return e;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int i = hash(persons[e], slots[e]) & mask;
      while (bigger[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      bigger[i] = e + 1;
    }
    table = bigger;
  }

  private static int hash(long person, int slot) {
    long h = (person ^ ((long) slot << 47)) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 41));
  }

  /**
   * Counts distinct persons per aggregate, unit and period: {@code counts[aggregate][unit][period]}
   * where {@code slotsOf[unit]} are the slots whose records make the unit (one district's, a
   * group's members', all for the whole). A person in several slots of one unit counts once there:
   * their months are joined over those slots before they are counted.
   */
  void count(int[] periodMasks, long[][][] counts, int[][] slotsOf) {
    // per slot, the units it belongs to
    int maxSlot = 0;
    for (int[] slots : slotsOf) {
      for (int slot : slots) {
        maxSlot = Math.max(maxSlot, slot);
      }
    }
    List<List<Integer>> unitsOf = new ArrayList<>();
    for (int slot = 0; slot <= maxSlot; slot++) {
      unitsOf.add(new ArrayList<>());
    }
    for (int u = 0; u < slotsOf.length; u++) {
      for (int slot : slotsOf[u]) {
        unitsOf.get(slot).add(u);
      }
    }
    int units = slotsOf.length;
    long[] multi = personsInSeveralSlots();
    // a person in several slots: their months joined per unit, [unit * aggregates + aggregate]
    Map<Long, int[]> unions = new HashMap<>();
    for (int e = 0; e < size; e++) {
      int slot = slots[e];
      if (slot > maxSlot) {
        continue;
      }
      boolean shared = multi.length > 0 && Arrays.binarySearch(multi, persons[e]) >= 0;
      int[] union =
          shared ? unions.computeIfAbsent(persons[e], k -> new int[units * aggregates]) : null;
      for (int a = 0; a < aggregates; a++) {
        int m = months[e * aggregates + a];
        if (m == 0) {
          continue;
        }
        for (int u : unitsOf.get(slot)) {
          if (union != null) {
            union[u * aggregates + a] |= m;
          } else {
            tally(m, periodMasks, counts[a][u]);
          }
        }
      }
    }
    for (int[] union : unions.values()) {
      for (int u = 0; u < units; u++) {
        for (int a = 0; a < aggregates; a++) {
          if (union[u * aggregates + a] != 0) {
            tally(union[u * aggregates + a], periodMasks, counts[a][u]);
          }
        }
      }
    }
  }

  private static void tally(int months, int[] periodMasks, long[] counts) {
    for (int p = 0; p < periodMasks.length; p++) {
      if ((months & periodMasks[p]) != 0) {
        counts[p]++;
      }
    }
  }

  /** Pseudonyms that occur with more than one slot, sorted (few: people rarely move districts). */
  private long[] personsInSeveralSlots() {
    long[] sorted = Arrays.copyOf(persons, size);
    Arrays.sort(sorted);
    long[] multi = new long[16];
    int n = 0;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1] && (n == 0 || multi[n - 1] != sorted[i])) {
        if (n == multi.length) {
          multi = Arrays.copyOf(multi, n * 2);
        }
        multi[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(multi, n);
  }
}
