package rbs;

import java.util.Objects;
import rbs.model.SafeText;

/**
 * Where something in a user's file is: the file as the user named it (a name shaped like a
 * personnummer masked by {@link SafeText}), and a 1-based line (or row) and column; 0 means "not
 * known" and is left out when printed.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  public Location {
    file = SafeText.mask(Objects.requireNonNull(file, "file"));
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /** A whole file, no position inside it. */
  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  public static Location of(String file, int line) {
    return new Location(file, line, 0);
  }

  public static Location of(String file, int line, int column) {
    return new Location(file, line, column);
  }

  /** {@code file:line:column}, {@code file:line} or {@code file}. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
