package rbs.model;

import java.util.List;
import java.util.Objects;

/**
 * What was read from one input file: its path (as shown to users, relative to the programme
 * folder), SHA-256 of its bytes, the row accounting (rows read = rows used + rows rejected), the
 * districts its rows were for (so that a district's workbook lists its own files), and the trailing
 * totals rows skipped.
 *
 * @param districts the declared names of the districts of the file's used rows, in declaration
 *     order; empty when no used row named one (a file all rejected, or a programme without
 *     districts)
 * @param totalsRows the trailing totals rows skipped (neither data nor rejected), each as {@code
 *     file:row} or {@code file[sheet]:row}, masked
 */
public record InputFile(
    String source,
    String path,
    String sha256,
    long rowsRead,
    long rowsUsed,
    long rowsRejected,
    List<String> districts,
    List<String> totalsRows) {

  public InputFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    districts = List.copyOf(districts);
    totalsRows =
        Objects.requireNonNull(totalsRows, "totalsRows").stream().map(SafeText::mask).toList();
    if (rowsRead != rowsUsed + rowsRejected) {
      throw new IllegalArgumentException("rows read must equal rows used + rows rejected");
    }
  }

  /** A file whose districts are not known. */
  public InputFile(
      String source, String path, String sha256, long rowsRead, long rowsUsed, long rowsRejected) {
    this(source, path, sha256, rowsRead, rowsUsed, rowsRejected, List.of(), List.of());
  }
}
