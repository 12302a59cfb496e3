package rbs.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import rbs.InputException;
import rbs.Location;
import rbs.model.SafeText;

/**
 * The monitoring log of unattended runs: one JSON object per run appended as one line (time,
 * programme, period, outcome, counts, duration), so a log shipper or {@code jq} can follow a
 * nightly job.
 */
public final class RunLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunLog() {}

  /**
   * Appends one line with these fields, in the given order. Values are strings, numbers, booleans,
   * or maps of fixed words to numbers (counts by kind).
   *
   * @throws InputException UNAVAILABLE when the log file cannot be written
   */
  public static void append(Path logFile, Map<String, ?> fields) {
    String line = line(fields);
    try {
      Path parent = logFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // one write of one line with O_APPEND, so concurrent runs do not interleave within a line
      Files.write(
          logFile,
          (line + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(logFile.toString()), "cannot append to the log file", e);
    }
  }

  /** The JSON line for these fields (no trailing newline); text values pass {@link SafeText}. */
  public static String line(Map<String, ?> fields) {
    Map<String, Object> safe = new LinkedHashMap<>();
    fields.forEach((k, v) -> safe.put(k, v instanceof String string ? SafeText.of(string) : v));
    try {
      return JSON.writeValueAsString(safe);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("log fields must be plain values", e);
    }
  }
}
