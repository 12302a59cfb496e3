package rbs.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rbs.InputException;
import rbs.Location;
import rbs.model.RejectSummary;
import rbs.rows.Reject;
import rbs.rows.RejectSink;

/**
 * Streams rejected rows to rejects.csv ({@code source,file,row,column,reason}) as they come, and
 * counts them per source and per (source, column, reason) for the manifest and the reject limit.
 */
public final class RejectsCsv implements RejectSink, Closeable {

  private final Path file;
  private final Writer out;
  private final Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
  private final Map<String, Long> perSource = new TreeMap<>();

  private RejectsCsv(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Creates (or replaces) the file and writes the header.
   *
   * @throws InputException UNAVAILABLE when it cannot be written
   */
  public static RejectsCsv open(Path file) {
    try {
      Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      CsvLines.record(w, "source", "file", "row", "column", "reason");
      return new RejectsCsv(file, w);
    } catch (IOException e) {
      throw unavailable(file, e);
    }
  }

  @Override
  public void reject(Reject r) {
    try {
      CsvLines.record(
          out,
          CsvCells.text(r.source()),
          CsvCells.text(r.file()),
          String.valueOf(r.row()),
          CsvCells.text(r.column()),
          CsvCells.text(r.reason()));
    } catch (IOException e) {
      throw unavailable(file, e);
    }
    counts
        .computeIfAbsent(r.source(), k -> new TreeMap<>())
        .computeIfAbsent(r.column(), k -> new TreeMap<>())
        .merge(r.reason(), 1L, Long::sum);
    perSource.merge(r.source(), 1L, Long::sum);
  }

  /** Rows rejected so far from a source. */
  public long rejected(String source) {
    return perSource.getOrDefault(source, 0L);
  }

  /** Counts per (source, column, reason), sorted by them. */
  public List<RejectSummary> summaries() {
    List<RejectSummary> out = new ArrayList<>();
    counts.forEach(
        (source, byColumn) ->
            byColumn.forEach(
                (column, byReason) ->
                    byReason.forEach(
                        (reason, n) -> out.add(new RejectSummary(source, column, reason, n)))));
    return out;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw unavailable(file, e);
    }
  }

  private static InputException unavailable(Path file, IOException e) {
    return InputException.unavailable(Location.of(file.toString()), "cannot write rejects", e);
  }
}
