package rbs.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;

/**
 * The rejected rows of a run that failed on them, kept beside (not over) the earlier outputs so the
 * user can see which rows to fix; removed by the next run that succeeds.
 */
final class FailedRejects {

  static final String FILE_NAME = "rejects-failed.csv";

  private FailedRejects() {}

  /**
   * Keeps the run's rejects file (when it has rows) and adds where it is to the failure; a dry run
   * keeps nothing.
   */
  static InputException keep(InputException e, Path rejectsFile, Path outDir, boolean dryRun) {
    try {
      if (dryRun || !hasRows(rejectsFile)) {
        return e;
      }
      Path kept = outDir.resolve(FILE_NAME);
      Files.move(rejectsFile, kept, StandardCopyOption.REPLACE_EXISTING);
      List<Problem> problems = new ArrayList<>(e.problems());
      problems.add(
          new Problem(
              Location.of(kept.toString()),
              "the rejected rows of this run (the earlier outputs are untouched)",
              e.kind()));
      return new InputException(e.kind(), problems);
    } catch (IOException io) {
      return e;
    }
  }

  /** The rejects of an earlier failed run no longer apply once a run succeeded. */
  static void remove(Path outDir, JobListener listener) {
    Path failed = outDir.resolve(FILE_NAME);
    try {
      Files.deleteIfExists(failed);
    } catch (IOException e) {
      listener.warning(
          Warning.at(
              Warning.Kind.OUTPUT,
              Location.of(failed.toString()),
              "cannot remove the rejects of an earlier run: " + InputException.reason(e)));
    }
  }

  /** Whether a CSV file has a row below its header. */
  private static boolean hasRows(Path csv) throws IOException {
    if (!Files.exists(csv)) {
      return false;
    }
    try (BufferedReader r = Files.newBufferedReader(csv)) {
      String header = r.readLine();
      return header != null && r.readLine() != null;
    }
  }
}
