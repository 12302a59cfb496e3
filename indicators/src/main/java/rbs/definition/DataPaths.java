package rbs.definition;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The boundary of what a programme may read: a source's {@code path} must stay inside the
 * programme's folder (symbolic links found inside it are followed wherever they lead: the operator
 * put them there), unless it lies in a folder the operator allowed explicitly. Checked on the path
 * as written, so {@code ../../etc/passwd} and {@code /etc/passwd} are refused before anything is
 * opened.
 */
public final class DataPaths {

  private final List<Path> allowed;

  private DataPaths(List<Path> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /** Only the programme's own folder. */
  public static DataPaths programmeFolderOnly() {
    return new DataPaths(List.of());
  }

  /** The programme's folder and these folders (for data kept elsewhere, e.g. on a share). */
  public static DataPaths allowing(List<Path> folders) {
    return new DataPaths(folders.stream().map(f -> f.toAbsolutePath().normalize()).toList());
  }

  /** Why this path pattern may not be read, or empty when it may. */
  Optional<String> check(Path base, String pattern) {
    List<String> fixed = new ArrayList<>();
    boolean glob = false;
    for (String part : pattern.replace('\\', '/').split("/", -1)) {
      if (part.matches(".*[*?\\[{].*")) {
        glob = true;
      } else if (glob && part.equals("..")) {
        return Optional.of(
            "'..' after a wildcard in path '" + pattern + "': name the folder without it");
      } else if (!glob) {
        fixed.add(part);
      }
    }
    Path folder;
    try {
      String prefix = String.join("/", fixed);
      Path written = Path.of(prefix.isEmpty() ? "." : prefix);
      folder = (written.isAbsolute() ? written : base.resolve(written)).normalize();
    } catch (InvalidPathException e) {
      return Optional.of("path '" + pattern + "' is not a valid path: " + e.getReason());
    }
    Path home = base.toAbsolutePath().normalize();
    if (folder.startsWith(home) || allowed.stream().anyMatch(folder::startsWith)) {
      return Optional.empty();
    }
    return Optional.of(
        "path '"
            + pattern
            + "' leads outside the programme's folder ("
            + home
            + "): sources are read from inside it; an operator can allow another folder with"
            + " --allow-data-outside DIR");
  }
}
