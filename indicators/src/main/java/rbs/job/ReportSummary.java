package rbs.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import rbs.model.Results;

/**
 * What a finished report run did: its results, the files it published and the row accounting.
 *
 * @param written the published files, in path order (empty for a dry run)
 */
public record ReportSummary(
    Results results,
    List<Path> written,
    long rowsRead,
    long rowsUsed,
    long rowsRejected,
    List<Warning> warnings,
    Duration elapsed) {

  public ReportSummary {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(elapsed, "elapsed");
    written = List.copyOf(written);
    warnings = List.copyOf(warnings);
  }
}
