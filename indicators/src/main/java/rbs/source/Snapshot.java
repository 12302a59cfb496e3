package rbs.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import rbs.InputException;
import rbs.Location;

/**
 * A file's size and modification time before it is read, compared after: an extract still being
 * written (or replaced) while rbs reads it would give numbers from half a file.
 */
record Snapshot(String shown, long size, FileTime modified) {

  static Snapshot of(Path file, String shown) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Snapshot(shown, a.size(), a.lastModifiedTime());
    } catch (IOException e) {
      throw InputException.unavailable(Location.of(shown), "cannot be read", e);
    }
  }

  /**
   * @throws InputException UNAVAILABLE naming the file when its size or time differ now
   */
  void checkUnchanged(Path file) {
    Snapshot after;
    try {
      after = of(file, shown);
    } catch (InputException e) {
      throw changed();
    }
    if (after.size != size || !after.modified.equals(modified)) {
      throw changed();
    }
  }

  private InputException changed() {
    return InputException.unavailable(
        Location.of(shown),
        "changed while it was read (size or modification time); run again when the extract is"
            + " complete");
  }
}
