package rbs.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rbs.Location;

/**
 * Turns a position inside a filter into a line and column of the programme file, so a filter error
 * points at the offending name, not at the start of the filter. Works for filters written on one
 * line, plain or quoted; anything else (block scalars, escapes before the position) gives no
 * position and the caller keeps the filter's start.
 */
final class FilterPositions {

  private final Path file;
  private List<String> lines;

  FilterPositions(Path file) {
    this.file = file;
  }

  /**
   * @param start where the filter's value starts (its quote, if quoted)
   * @param offset 0-based character in the expression
   */
  Optional<Location> at(Location start, String expression, int offset) {
    if (expression.indexOf('\n') >= 0 || offset > expression.length() || start.line() < 1) {
      return Optional.empty();
    }
    String line;
    try {
      if (lines == null) {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      }
      line = lines.get(start.line() - 1);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // the position is a nicety; the message stands without it
    }
    int from = start.column() - 1;
    if (from < 0 || from >= line.length()) {
      return Optional.empty();
    }
    char first = line.charAt(from);
    int text = first == '"' || first == '\'' ? from + 1 : from;
    // the whole filter must stand there as written: no block scalar, no escapes, no folding
    if (!line.startsWith(expression, text)) {
      return Optional.empty();
    }
    return Optional.of(Location.of(start.file(), start.line(), text + offset + 1));
  }
}
