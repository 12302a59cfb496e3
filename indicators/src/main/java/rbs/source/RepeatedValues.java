package rbs.source;

import java.util.Arrays;

/**
 * The Strings of one column's values as {@link ByteCsvTable} made them, so that a value the column
 * repeats (a district, a category, a yes or no) is one String however many rows hold it. A value is
 * known by its length and its first and last eight bytes, which are all of its bytes up to 16; a
 * longer one is compared in full. Direct-mapped; a column whose values are mostly new (an
 * identifier, free text) stops being remembered after a trial.
 */
final class RepeatedValues {

  private static final int SIZE = 256;
  private static final int TRIAL = 4096;

  private final int[] lengths = new int[SIZE];
  private final long[] firsts = new long[SIZE];
  private final long[] middles = new long[SIZE];
  private final long[] lasts = new long[SIZE];
  private final byte[][] keys = new byte[SIZE][];
  private final String[] values = new String[SIZE];
  private int lookups;
  private int misses;
  private boolean off;
  // the place and key of the last value looked up
  private int slot;
  private long first;
  private long middle;
  private long last;

  /**
   * The String remembered for bytes {@code from..to} of {@code b}, or null ({@link #remember} it
   * then). The array has at least eight bytes from {@code from} on.
   */
  String find(byte[] b, int from, int to) {
    if (off || from + 8 > b.length) {
      return null;
    }
    int len = to - from;
    first = (long) TextBytes.LONGS.get(b, from);
    middle = len >= 16 ? (long) TextBytes.LONGS.get(b, from + 8) : 0;
    if (len >= 8) {
      last = (long) TextBytes.LONGS.get(b, to - 8);
    } else {
      first &= (1L << (8 * len)) - 1; // len is 0..7: the bytes after the value are no part of it
      last = 0;
    }
    long h = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ middle ^ len;
    slot = (int) (h ^ (h >>> 29) ^ (h >>> 43)) & (SIZE - 1);
    lookups++;
    if (lengths[slot] == len
        && firsts[slot] == first
        && lasts[slot] == last
        && middles[slot] == middle
        && values[slot] != null
        && (len <= 24 || Arrays.equals(keys[slot], 0, len, b, from, to))) {
      return values[slot];
    }
    return null;
  }

  /** Remembers the String of the bytes {@link #find} was just asked for and did not have. */
  void remember(byte[] b, int from, int to, String value) {
    if (off || from + 8 > b.length) {
      return;
    }
    int len = to - from;
    lengths[slot] = len;
    firsts[slot] = first;
    middles[slot] = middle;
    lasts[slot] = last;
    keys[slot] = len <= 24 ? null : Arrays.copyOfRange(b, from, to);
    values[slot] = value;
    if (++misses * 2 > TRIAL && lookups < TRIAL) {
      off = true; // a column of mostly new values: no use
    }
  }
}
