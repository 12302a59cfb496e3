package rbs.rows;

import java.util.List;
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
}
