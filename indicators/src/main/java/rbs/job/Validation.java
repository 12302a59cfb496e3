package rbs.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import rbs.InputException;
import rbs.Problem;
import rbs.definition.DataPaths;
import rbs.definition.ProgrammeReader;
import rbs.filter.CelFilters;
import rbs.filter.FilterFailures;
import rbs.filter.RowFilter;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.rows.RejectLimits;
import rbs.source.SourceReader;
import rbs.source.TargetTable;

/**
 * {@code rbs validate} as a library step: loads the programme strictly, checks every source's
 * headers, then reads every extract and evaluates every filter on every row, as a report would.
 * Each failure carries its kind, so the caller's exit code follows from the exception alone.
 */
public final class Validation {

  /** Rejected rows kept per source for the user to see; the rest are counted. */
  public static final int SHOWN_REJECTS = 10;

  private Validation() {}

  /** Hears what validation found, as it goes (a source can take a while to read). */
  public interface Listener {

    /** The programme loaded without problems. */
    default void programmeRead(Programme programme) {}

    /** One source was read. */
    default void sourceRead(SourceCheck check) {}
  }

  /**
   * What reading one source found.
   *
   * @param shown the first {@link #SHOWN_REJECTS} rejected rows
   */
  public record SourceCheck(
      Source source,
      int files,
      long rowsRead,
      long rowsUsed,
      long rowsRejected,
      List<Reject> shown) {

    public SourceCheck {
      Objects.requireNonNull(source, "source");
      shown = List.copyOf(shown);
    }
  }

  /**
   * Validates a programme and its data.
   *
   * @throws InputException with every problem found: INVALID for the definition or the data
   *     (headers, filters that fail on rows, too many rejected rows), UNAVAILABLE when a file is
   *     missing or unreadable
   */
  public static void run(Path programmeFile, DataPaths paths, Listener listener) {
    run(ProgrammeReader.read(programmeFile, paths), listener);
  }

  /**
   * {@link #run(Path, DataPaths, Listener)} of a programme the caller has read already (with {@code
   * ProgrammeReader.read(programmeFile, paths)}), so that it is not read again.
   */
  public static void run(Programme asRead, Listener listener) {
    Programme programme = TargetTable.apply(asRead);
    listener.programmeRead(programme);
    SourceReader reader = SourceReader.forProgramme(programme);
    List<Problem> problems = new ArrayList<>();
    for (Source source : programme.sources()) {
      try {
        problems.addAll(reader.checkHeaders(source));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw InputException.of(problems);
    }
    CelFilters cel = CelFilters.forProgramme(programme);
    for (Source source : programme.sources()) {
      problems.addAll(read(programme, source, reader, cel, listener));
    }
    if (!problems.isEmpty()) {
      throw InputException.of(problems);
    }
  }

  /** Reads one source, evaluating every filter on every row; its problems. */
  private static List<Problem> read(
      Programme programme, Source source, SourceReader reader, CelFilters cel, Listener listener) {
    // every filter on every row: one that fails at run time is an error here as in a report
    List<String> expressions = FilterFailures.of(programme, source);
    List<RowFilter> filters = expressions.stream().map(f -> cel.compile(source, f)).toList();
    FilterFailures failures = new FilterFailures(source, expressions);
    List<Reject> shown = new ArrayList<>();
    List<InputFile> files =
        reader.feed(
            source,
            row -> {
              for (int f = 0; f < filters.size(); f++) {
                failures.test(filters.get(f), f, row);
              }
            },
            reject -> {
              if (shown.size() < SHOWN_REJECTS) {
                shown.add(reject);
              }
            });
    long read = files.stream().mapToLong(InputFile::rowsRead).sum();
    long rejected = files.stream().mapToLong(InputFile::rowsRejected).sum();
    listener.sourceRead(
        new SourceCheck(source, files.size(), read, read - rejected, rejected, shown));
    List<Problem> problems = new ArrayList<>(failures.problems(programme));
    RejectLimits.exceeded(source, files).ifPresent(problems::add);
    return problems;
  }
}
