package rbs.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import rbs.Location;
import rbs.Problem;
import rbs.model.FilterSite;
import rbs.model.Programme;
import rbs.model.Source;
import rbs.rows.Row;

/**
 * Evaluates a source's filters on its rows and keeps the failures: how many rows each filter failed
 * on and the first of them, so the run can stop with the filter's place in the programme instead of
 * counting those rows as not passing.
 */
public final class FilterFailures {

  private final Source source;
  private final List<String> expressions;
  private final long[] failed;
  private final String[] firstFile;
  private final long[] firstLine;
  private final String[] reason;

  /**
   * @param expressions the source's distinct filters, by the index {@link #test} is given
   */
  public FilterFailures(Source source, List<String> expressions) {
    this.source = source;
    this.expressions = List.copyOf(expressions);
    int n = expressions.size();
    failed = new long[n];
    firstFile = new String[n];
    firstLine = new long[n];
    reason = new String[n];
  }

  /** The distinct filters the programme applies to this source, in the order they are written. */
  public static List<String> of(Programme programme, Source source) {
    return programme.filterSites().stream()
        .filter(s -> s.source().equals(source.name()))
        .map(FilterSite::expression)
        .distinct()
        .toList();
  }

  /**
   * Whether the row passes filter {@code index}; a row the filter fails on is counted, not passed.
   */
  public boolean test(RowFilter filter, int index, Row row) {
    try {
      return filter.test(row);
    } catch (FilterFailure e) {
      if (failed[index]++ == 0) {
        firstFile[index] = row.file();
        firstLine[index] = row.line();
        reason[index] = e.getMessage();
      }
      return false;
    }
  }

  /** The rows filter {@code index} failed on so far. */
  long failed(int index) {
    return failed[index];
  }

  /**
   * Adds the failures another reader's rows met (the same source and filters): the counts add up,
   * and the first failure is the one whose file comes first by {@code fileOrder} (the rows of one
   * file are all evaluated on one side, in order).
   */
  public void absorb(FilterFailures other, ToIntFunction<String> fileOrder) {
    if (!other.expressions.equals(expressions)) {
      throw new IllegalArgumentException("failures of other filters");
    }
    for (int i = 0; i < failed.length; i++) {
      if (other.failed[i] == 0) {
        continue;
      }
      if (failed[i] == 0
          || fileOrder.applyAsInt(other.firstFile[i]) < fileOrder.applyAsInt(firstFile[i])) {
        firstFile[i] = other.firstFile[i];
        firstLine[i] = other.firstLine[i];
        reason[i] = other.reason[i];
      }
      failed[i] += other.failed[i];
    }
  }

  /** Whether any filter failed on any row. */
  public boolean any() {
    for (long n : failed) {
      if (n > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * One problem per filter that failed, at the filter's place in the programme: how many rows, the
   * first of them, and why (never the row's values).
   */
  public List<Problem> problems(Programme programme) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < failed.length; i++) {
      if (failed[i] == 0) {
        continue;
      }
      String expression = expressions.get(i);
      Location at =
          programme
              .filterSite(source.name(), expression)
              .map(s -> Location.of(programme.file().toString(), s.line(), s.column()))
              .orElse(Location.of(programme.file().toString()));
      String first =
          firstFile[i].isEmpty()
              ? ""
              : ", the first at "
                  + Location.of(firstFile[i], (int) Math.min(firstLine[i], Integer.MAX_VALUE));
      problems.add(
          new Problem(
              at,
              String.format(
                  "filter of source '%s' failed on %,d rows%s: %s; no indicator can count"
                      + " rows its filter cannot decide on, so fix the filter",
                  source.name(), failed[i], first, reason[i])));
    }
    return problems;
  }
}
