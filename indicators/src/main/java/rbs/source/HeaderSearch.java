package rbs.source;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Where a file's header row is. The rule: the header is the first non-blank row, from the source's
 * {@code header_row} (1 by default) on and at most {@link #ROWS} rows below it, that holds a header
 * of every required column; title, date and blank rows above it are passed over. When no row
 * qualifies, the search says which row came closest (most required columns), so the message can
 * name what is missing there.
 *
 * @param cells the header's cells; when not found, those of the closest row (empty when every row
 *     searched was blank)
 * @param row the header's row number, or the closest row's (the first row searched when none)
 * @param found whether {@code cells} hold every required column
 * @param from the first row searched
 * @param to the last row searched
 */
record HeaderSearch(List<String> cells, long row, boolean found, long from, long to) {

  /** How many rows from {@code header_row} on are searched for the header. */
  static final int ROWS = 50;

  HeaderSearch {
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
  }

  /**
   * Follows the non-blank rows a table offers, one at a time, and keeps the first complete one or
   * else the closest.
   */
  static final class Scan {
    private final ToIntFunction<List<String>> score;
    private final int complete;
    private final long from;
    private List<String> best = List.of();
    private long bestRow;
    private int bestScore = -1;

    /**
     * @param score how many required columns a row holds
     * @param complete the number of required columns
     * @param from the declared header row
     */
    Scan(ToIntFunction<List<String>> score, int complete, long from) {
      this.score = score;
      this.complete = complete;
      this.from = from;
      this.bestRow = from;
    }

    /** The first row number the search looks at: the declared header row. */
    long from() {
      return from;
    }

    /** The last row number the search looks at. */
    long last() {
      return from + ROWS - 1;
    }

    /** How many required columns these cells hold. */
    int score(List<String> cells) {
      return score.applyAsInt(cells);
    }

    /** Whether a score means every required column is there. */
    boolean isComplete(int score) {
      return score >= complete;
    }

    /** Offers a non-blank row at or below the declared header row; true when it is the header. */
    boolean offer(List<String> cells, long row) {
      int s = score.applyAsInt(cells);
      if (s > bestScore) {
        best = cells;
        bestRow = row;
        bestScore = s;
      }
      return s >= complete;
    }

    HeaderSearch result() {
      return new HeaderSearch(best, bestRow, bestScore >= complete, from, last());
    }
  }
}
