package rbs.rows;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import rbs.Location;
import rbs.Problem;
import rbs.model.InputFile;
import rbs.model.Source;

/**
 * The rule every consumer of a feed applies to what it rejected: a source whose files rejected more
 * rows than its {@code reject_limit} allows is invalid input, pointed at the file with the most
 * rejected rows (the one to open). A report and {@code rbs validate} say it in the same words.
 */
public final class RejectLimits {

  private RejectLimits() {}

  /** The problem of a source whose files rejected too many rows; empty within its limit. */
  public static Optional<Problem> exceeded(Source source, List<InputFile> files) {
    long read = files.stream().mapToLong(InputFile::rowsRead).sum();
    long rejected = files.stream().mapToLong(InputFile::rowsRejected).sum();
    if (!source.rejectLimit().exceededBy(rejected, read)) {
      return Optional.empty();
    }
    InputFile worst = files.stream().max(Comparator.comparingLong(InputFile::rowsRejected)).get();
    return Optional.of(
        new Problem(
            Location.of(worst.path()),
            String.format(
                "source %s: %,d of %,d rows rejected, more than its reject limit allows (%,d of"
                    + " them in this file)",
                source.name(), rejected, read, worst.rowsRejected())));
  }
}
