package rbs.model;

import java.util.Objects;

/**
 * What was read from one input file: its path (as shown to users, relative to the programme
 * folder), SHA-256 of its bytes, and the row accounting: rows read = rows used + rows rejected.
 */
public record InputFile(
    String source, String path, String sha256, long rowsRead, long rowsUsed, long rowsRejected) {

  public InputFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    if (rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalArgumentException("rows read must equal rows used + rows rejected");
    }
  }
}
