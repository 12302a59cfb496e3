package rbs.output;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import rbs.model.Violation;

/**
 * What the manifest says beyond the results: the tool version, the programme file as the user named
 * it and its SHA-256, the timings per phase (milliseconds; the only part that differs between
 * reruns), what an export wrote, and the validation rules the data break.
 */
public record ManifestInfo(
    String toolVersion,
    String programmeFile,
    String programmeSha256,
    Map<String, Long> timingsMillis,
    Optional<StratsysExport.Summary> stratsys,
    List<Violation> violations) {

  /** Without an export. */
  public ManifestInfo(
      String toolVersion,
      String programmeFile,
      String programmeSha256,
      Map<String, Long> timingsMillis) {
    this(toolVersion, programmeFile, programmeSha256, timingsMillis, Optional.empty(), List.of());
  }

  public ManifestInfo {
    Objects.requireNonNull(stratsys, "stratsys");
    violations = List.copyOf(violations);
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(programmeFile, "programmeFile");
    Objects.requireNonNull(programmeSha256, "programmeSha256");
    timingsMillis = Map.copyOf(new TreeMap<>(timingsMillis));
  }
}
