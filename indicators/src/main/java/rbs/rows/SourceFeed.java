package rbs.rows;

import java.util.List;
import java.util.function.Supplier;
import rbs.model.InputFile;
import rbs.model.Source;

/**
 * Reads every file of a source and feeds its valid rows to a sink and its bad rows to a reject
 * sink; the computation depends on this, not on how files are read, so tests can feed rows
 * directly.
 */
@FunctionalInterface
public interface SourceFeed {

  /**
   * Reads every file of a source, passing each row to {@code rows} and each unusable row to {@code
   * rejects}.
   *
   * @return one entry per file read, in path order, with its row accounting
   * @throws rbs.InputException for a missing required file (UNAVAILABLE) or an unreadable or broken
   *     one (INVALID), naming the file and, where known, row and column
   */
  List<InputFile> feed(Source source, RowSink rows, RejectSink rejects);

  /**
   * Reads every file of a source as {@link #feed} does, but hands the rows of each reading thread
   * to a sink of its own, made by {@code sinks} on that thread and used by it alone, so that rows
   * need not pass from thread to thread: the rows of a file all go to one sink, in order; the
   * rejects come to {@code rejects} on the calling thread, in file order. By default one sink takes
   * every row.
   */
  default List<InputFile> feedEach(Source source, Supplier<RowSink> sinks, RejectSink rejects) {
    return feed(source, sinks.get(), rejects);
  }

  /** The most sinks {@link #feedEach} makes for a source (its reading threads). */
  default int readers() {
    return 1;
  }
}
