package rbs.output;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import rbs.model.Violation;

/**
 * What the manifest says beyond the results: the tool version, the programme file as the user named
 * it and its SHA-256, the other files the run read besides the extracts (the targets table, the
 * returned comment forms), the timings per phase (milliseconds; the only part that differs between
 * reruns), what an export wrote, and the validation rules the data break.
 *
 * @param read the targets table and comment forms read, with their SHA-256, in the order read
 */
public record ManifestInfo(
    String toolVersion,
    String programmeFile,
    String programmeSha256,
    Map<String, Long> timingsMillis,
    List<ReadFile> read,
    Optional<StratsysExport.Summary> stratsys,
    List<Violation> violations) {

  /**
   * A file read besides the programme and the extracts.
   *
   * @param role {@code targets_file} or {@code comment_form}
   * @param file as shown to the user (relative to the programme's folder)
   */
  public record ReadFile(String role, String file, String sha256) {
    public ReadFile {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /** Without an export. */
  public ManifestInfo(
      String toolVersion,
      String programmeFile,
      String programmeSha256,
      Map<String, Long> timingsMillis) {
    this(
        toolVersion,
        programmeFile,
        programmeSha256,
        timingsMillis,
        List.of(),
        Optional.empty(),
        List.of());
  }

  public ManifestInfo {
    Objects.requireNonNull(stratsys, "stratsys");
    violations = List.copyOf(violations);
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(programmeFile, "programmeFile");
    Objects.requireNonNull(programmeSha256, "programmeSha256");
    timingsMillis = Map.copyOf(new TreeMap<>(timingsMillis));
    read = List.copyOf(read);
  }
}
