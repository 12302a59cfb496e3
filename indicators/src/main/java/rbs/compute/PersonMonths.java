package rbs.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The months each person was counted in, per (person, district slot) and per person-counting
 * aggregate of one source: open-addressing indexes of primitives, one per slot, so memory grows
 * with distinct persons, never with rows, and any period's distinct count is a mask test at the
 * end. The entries are kept in pages that are added as the table grows, never copied, so a large
 * source needs no moment with its entries held twice; a slot's index is filled up to three quarters
 * before it doubles (a district's extract fills one index, small enough to stay in the processor's
 * cache). About 12 bytes an entry and 4 per aggregate, plus 5 to 11 for the indexes.
 *
 * <p>A table made with a limit holds at most that many entries in memory: when a new entry would
 * pass it, every entry goes to a {@link PersonSpill} on disk and the table starts empty again;
 * {@link #count} then counts the spill a partition at a time. Slower (each entry is written and
 * read once more), but the memory stays within the limit however many persons there are.
 */
final class PersonMonths implements AutoCloseable {

  private static final int EMPTY = 0;
  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int IN_PAGE = PAGE - 1;
  private static final int MIN_LIMIT = 64;

  private final int aggregates;
  private int limit;
  // the entries that went to disk (made at the first spill), and the time spent on them
  private PersonSpill spill;
  private long spillNanos;
  // entries the tables absorbed wrote to disk
  private long absorbedSpilled;
  // per slot its index (place -> entry index + 1, 0 = empty) and the entries in it: a district's
  // extract fills one small index, which stays in the processor's cache, instead of one large one
  private int[][] indexes = new int[0][];
  private int[] indexed = new int[0];
  // entry e is at [e >>> PAGE_BITS][e & IN_PAGE] (months: times the aggregates, plus the aggregate)
  private long[][] persons = new long[0][];
  private int[][] slots = new int[0][];
  private int[][] months = new int[0][];
  private int size;

  /** A table that keeps every entry in memory. */
  PersonMonths(int aggregates) {
    this(aggregates, Integer.MAX_VALUE);
  }

  /** A table that keeps at most {@code limit} entries in memory and the rest on disk. */
  PersonMonths(int aggregates, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (aggregates < 0 || aggregates > Short.MAX_VALUE) {
      // a spilled entry writes its aggregates' numbers as shorts
      throw new IllegalArgumentException("aggregates out of range: " + aggregates);
    }
    this.aggregates = aggregates;
    this.limit = limit;
  }

  /**
   * The most entries a table of so many aggregates keeps in memory when it may take a quarter of
   * {@code heapBytes} (about 24 bytes an entry and 4 an aggregate, the table's slack included).
   */
  static int limitFor(int aggregates, long heapBytes) {
    long entries = heapBytes / 4 / (24 + 4L * aggregates);
    return (int) Math.max(MIN_LIMIT, Math.min(Integer.MAX_VALUE / 2, entries));
  }

  /** Entries in memory now. */
  int size() {
    return size;
  }

  /** Whether no entry was made (in memory or on disk). */
  boolean isEmpty() {
    return size == 0 && spilled() == 0;
  }

  /** Entries written to disk so far (an entry spilled in two rounds counts twice). */
  long spilled() {
    return absorbedSpilled + (spill == null ? 0 : spill.records());
  }

  /** The entry of a (person, slot), created when new. */
  int entry(long person, int slot) {
    int[] index = index(slot);
    int mask = index.length - 1;
    int i = hash(person) & mask;
    while (true) {
      int e = index[i];
      if (e == EMPTY) {
        if (size == limit) {
          spillAll();
          return entry(person, slot);
        }
        return insert(slot, i, person);
      }
      e--;
      if (person(e) == person) {
        return e; // the slot's own index: the same slot
      }
      i = (i + 1) & mask;
    }
  }

  /** The index of a slot, made when first used. */
  private int[] index(int slot) {
    if (slot >= indexes.length) {
      indexes = Arrays.copyOf(indexes, slot + 1);
      indexed = Arrays.copyOf(indexed, slot + 1);
    }
    if (indexes[slot] == null) {
      indexes[slot] = new int[1 << 6];
    }
    return indexes[slot];
  }

  /** Marks the months (bits of the window) of one aggregate for an entry. */
  void add(int entry, int aggregate, int monthBits) {
    months[entry >>> PAGE_BITS][(entry & IN_PAGE) * aggregates + aggregate] |= monthBits;
  }

  private long person(int e) {
    return persons[e >>> PAGE_BITS][e & IN_PAGE];
  }

  private int slot(int e) {
    return slots[e >>> PAGE_BITS][e & IN_PAGE];
  }

  private int insert(int slot, int at, long person) {
    int e = size;
    int page = e >>> PAGE_BITS;
    if (page == persons.length) {
      persons = Arrays.copyOf(persons, page + 1);
      slots = Arrays.copyOf(slots, page + 1);
      months = Arrays.copyOf(months, page + 1);
      persons[page] = new long[PAGE];
      slots[page] = new int[PAGE];
      months[page] = new int[PAGE * aggregates];
    }
    persons[page][e & IN_PAGE] = person;
    slots[page][e & IN_PAGE] = slot;
    size++;
    indexes[slot][at] = e + 1;
    if (++indexed[slot] * 4L > indexes[slot].length * 3L) {
      rehash(slot);
    }
    return e;
  }

  /**
   * Joins another table's entries into this one (its months joined to those of the same person and
   * slot here), which may then keep up to {@code limit} entries in memory. The other table is
   * emptied: its pages are let go of as they are joined, and what it kept on disk is read back a
   * partition at a time and deleted. When the two would not fit in memory together, the other goes
   * to disk first, so that no more than this table's limit and one partition (or page) of the other
   * are held at once.
   */
  void absorb(PersonMonths other, int limit) {
    if (other.aggregates != aggregates) {
      throw new IllegalArgumentException("tables of other aggregates");
    }
    this.limit = Math.max(this.limit, limit);
    long start = System.nanoTime();
    if (other.spill == null && (long) size + other.size <= this.limit) {
      absorbInMemory(other);
    } else {
      other.spillAll();
      for (int p = 0; p < PersonSpill.PARTITIONS; p++) {
        try (PersonMonths part = other.spill.read(p, aggregates)) {
          absorbInMemory(part);
        }
      }
      other.close();
      spillNanos += System.nanoTime() - start;
    }
    spillNanos += other.spillNanos;
    absorbedSpilled += other.spilled();
    other.indexes = new int[0][];
    other.indexed = new int[0];
    other.persons = new long[0][];
    other.slots = new int[0][];
    other.months = new int[0][];
    other.size = 0;
  }

  /** Joins the other's entries in, letting go of each of its pages once joined. */
  private void absorbInMemory(PersonMonths other) {
    for (int e = 0; e < other.size; e++) {
      int mine = entry(other.person(e), other.slot(e));
      int[] page = months[mine >>> PAGE_BITS];
      int at = (mine & IN_PAGE) * aggregates;
      int[] theirs = other.months[e >>> PAGE_BITS];
      int from = (e & IN_PAGE) * aggregates;
      for (int a = 0; a < aggregates; a++) {
        page[at + a] |= theirs[from + a];
      }
      if ((e & IN_PAGE) == IN_PAGE) {
        // what is joined need not be held twice
        other.persons[e >>> PAGE_BITS] = null;
        other.slots[e >>> PAGE_BITS] = null;
        other.months[e >>> PAGE_BITS] = null;
      }
    }
  }

  /** Time spent writing entries to disk and counting them from there. */
  long spillNanos() {
    return spillNanos;
  }

  /** Writes every entry to disk and empties the table, memory included. */
  private void spillAll() {
    long start = System.nanoTime();
    if (spill == null) {
      spill = new PersonSpill();
    }
    for (int e = 0; e < size; e++) {
      spill.write(
          person(e), slot(e), months[e >>> PAGE_BITS], (e & IN_PAGE) * aggregates, aggregates);
    }
    indexes = new int[0][];
    indexed = new int[0];
    persons = new long[0][];
    slots = new int[0][];
    months = new int[0][];
    size = 0;
    spillNanos += System.nanoTime() - start;
  }

  /** The folder of what went to disk, once something did (for tests). */
  Optional<Path> spillFolder() {
    return spill == null ? Optional.empty() : Optional.of(spill.folder());
  }

  /** Deletes what went to disk. */
  @Override
  public void close() {
    if (spill != null) {
      spill.close();
    }
  }

  /** Twice the places for a slot's index, its entries placed again. */
  private void rehash(int slot) {
    int[] index = indexes[slot];
    int[] bigger = new int[index.length * 2];
    int mask = bigger.length - 1;
    for (int v : index) {
      if (v != EMPTY) {
        int i = hash(person(v - 1)) & mask;
        while (bigger[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        bigger[i] = v;
      }
    }
    indexes[slot] = bigger;
  }

  private static int hash(long person) {
    long h = person * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 41));
  }

  /**
   * Counts distinct persons per aggregate, unit and period: {@code counts[aggregate][unit][period]}
   * where {@code slotsOf[unit]} are the slots whose records make the unit (one district's, a
   * group's members', all for the whole). A person in several slots of one unit counts once there:
   * their months are joined over those slots before they are counted. The counts are added to what
   * {@code counts} holds. Once, at the end: what went to disk is read back and deleted.
   */
  void count(int[] periodMasks, long[][][] counts, int[][] slotsOf) {
    if (spill != null) {
      // every person's entries are in one partition: count them there, adding up
      spillAll();
      long start = System.nanoTime();
      for (int p = 0; p < PersonSpill.PARTITIONS; p++) {
        try (PersonMonths part = spill.read(p, aggregates)) {
          part.countInMemory(periodMasks, counts, slotsOf);
        }
      }
      spillNanos += System.nanoTime() - start;
      return;
    }
    countInMemory(periodMasks, counts, slotsOf);
  }

  private void countInMemory(int[] periodMasks, long[][][] counts, int[][] slotsOf) {
    // per slot, the units it belongs to
    int maxSlot = 0;
    for (int[] slots : slotsOf) {
      for (int slot : slots) {
        maxSlot = Math.max(maxSlot, slot);
      }
    }
    List<List<Integer>> unitLists = new ArrayList<>();
    for (int slot = 0; slot <= maxSlot; slot++) {
      unitLists.add(new ArrayList<>());
    }
    for (int u = 0; u < slotsOf.length; u++) {
      for (int slot : slotsOf[u]) {
        unitLists.get(slot).add(u);
      }
    }
    // as arrays: this is looked up for every entry and aggregate
    int[][] unitsOf = new int[maxSlot + 1][];
    for (int slot = 0; slot <= maxSlot; slot++) {
      unitsOf[slot] = unitLists.get(slot).stream().mapToInt(Integer::intValue).toArray();
    }
    int units = slotsOf.length;
    // only a unit of several slots (a group, the whole) can see a person twice; such units are
    // numbered apart, so a person in several slots keeps one small array of joined months
    int[] multiIndex = new int[units];
    int[] multiUnit = new int[units];
    int multiUnits = 0;
    for (int u = 0; u < units; u++) {
      multiIndex[u] = slotsOf[u].length > 1 ? multiUnits : -1;
      if (slotsOf[u].length > 1) {
        multiUnit[multiUnits++] = u;
      }
    }
    Places multi = multiUnits == 0 ? Places.NONE : placesInSeveralSlots();
    // a person in several slots: their months joined per unit of several slots, at their place:
    // [place * width + multi unit * aggregates + aggregate]
    int width = multiUnits * aggregates;
    int[] unions = new int[Math.multiplyExact(multi.count(), width)];
    Tally tally = new Tally(periodMasks);
    for (int e = 0; e < size; e++) {
      int slot = slot(e);
      if (slot > maxSlot) {
        continue;
      }
      int place = multi.of(e);
      int[] page = months[e >>> PAGE_BITS];
      int from = (e & IN_PAGE) * aggregates;
      for (int a = 0; a < aggregates; a++) {
        int m = page[from + a];
        if (m == 0) {
          continue;
        }
        for (int u : unitsOf[slot]) {
          if (place >= 0 && multiIndex[u] >= 0) {
            unions[place * width + multiIndex[u] * aggregates + a] |= m;
          } else {
            tally.add(m, counts[a][u]);
          }
        }
      }
    }
    for (int place = 0; place < multi.count(); place++) {
      for (int k = 0; k < multiUnits; k++) {
        for (int a = 0; a < aggregates; a++) {
          int m = unions[place * width + k * aggregates + a];
          if (m != 0) {
            tally.add(m, counts[a][multiUnit[k]]);
          }
        }
      }
    }
  }

  /**
   * Adds one to each period a set of months meets, through the periods each month is in: a person
   * has a few months, a report some thirty periods, so this asks a few questions instead of thirty.
   */
  private static final class Tally {
    private final int[] periodMasks;
    // per month bit, the periods (bits) it is in; needs at most 64 periods, else each is tested
    private final long[] periodsOf = new long[Integer.SIZE];
    private final boolean fewPeriods;

    Tally(int[] periodMasks) {
      this.periodMasks = periodMasks;
      fewPeriods = periodMasks.length <= Long.SIZE;
      if (fewPeriods) {
        for (int p = 0; p < periodMasks.length; p++) {
          for (int b = 0; b < Integer.SIZE; b++) {
            if ((periodMasks[p] & (1 << b)) != 0) {
              periodsOf[b] |= 1L << p;
            }
          }
        }
      }
    }

    void add(int months, long[] counts) {
      if (!fewPeriods) {
        for (int p = 0; p < periodMasks.length; p++) {
          if ((months & periodMasks[p]) != 0) {
            counts[p]++;
          }
        }
        return;
      }
      long periods = 0;
      for (int m = months; m != 0; m &= m - 1) {
        periods |= periodsOf[Integer.numberOfTrailingZeros(m)];
      }
      for (long p = periods; p != 0; p &= p - 1) {
        counts[Long.numberOfTrailingZeros(p)]++;
      }
    }
  }

  /**
   * Per entry, the place of its person among the persons with entries in several slots (numbered
   * from 0), or none. A person's entries share a hash, so the entries are put in buckets by its
   * high bits (two passes, a few entries a bucket) and matched within each bucket: no sort of all
   * persons, and no search per entry (these ran cold, once, at the end of every count).
   */
  private Places placesInSeveralSlots() {
    int bits = Math.min(24, Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(2, size)) - 1));
    int buckets = 1 << bits;
    int[] start = new int[buckets + 1];
    for (int e = 0; e < size; e++) {
      start[(hash(person(e)) >>> (32 - bits)) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] order = new int[size];
    int[] next = Arrays.copyOf(start, buckets);
    for (int e = 0; e < size; e++) {
      order[next[hash(person(e)) >>> (32 - bits)]++] = e;
    }
    // 0: not seen in several slots (yet); a place p is held as p + 1
    int[] places = new int[size];
    int count = 0;
    for (int b = 0; b < buckets; b++) {
      for (int i = start[b]; i < start[b + 1]; i++) {
        int e = order[i];
        if (places[e] != 0) {
          continue; // matched with an earlier entry of the bucket
        }
        long person = person(e);
        for (int j = i + 1; j < start[b + 1]; j++) {
          int other = order[j];
          if (person(other) == person) {
            if (places[e] == 0) {
              places[e] = ++count;
            }
            places[other] = places[e];
          }
        }
      }
    }
    return new Places(places, count);
  }

  /** Per entry its place (or none), and how many places there are. */
  private static final class Places {
    static final Places NONE = new Places(new int[0], 0);

    // per entry its place plus one, 0 for none
    private final int[] plusOne;
    private final int count;

    Places(int[] plusOne, int count) {
      this.plusOne = plusOne;
      this.count = count;
    }

    int count() {
      return count;
    }

    int of(int entry) {
      return entry < plusOne.length ? plusOne[entry] - 1 : -1;
    }
  }
}
