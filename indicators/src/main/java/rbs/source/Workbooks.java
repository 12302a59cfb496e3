package rbs.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import rbs.InputException;
import rbs.Location;

/** Clear messages for workbooks that are not what their name or declared format says. */
final class Workbooks {

  private Workbooks() {}

  /** Whether an OLE2 file is an encrypted (password-protected) Office document. */
  static boolean isEncrypted(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static InputException encrypted(String shown) {
    return InputException.invalid(
        Location.of(shown),
        "is password-protected (encrypted): save an unprotected copy of the workbook");
  }

  static InputException noSheet(String shown, String wanted, List<String> sheets) {
    return InputException.invalid(
        Location.of(shown),
        "has no sheet " + wanted + "; its sheets are: " + String.join(", ", sheets));
  }

  static InputException damaged(String shown, String kind, Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail = root.getMessage() == null ? "no details" : root.getMessage();
    if (detail.contains("entity") || detail.contains("DOCTYPE") || detail.contains("DTD")) {
      return InputException.invalid(
          Location.of(shown),
          "refused: the workbook declares XML entities, which Excel never writes (an"
              + " entity-expansion attack?)");
    }
    // Only the first line: parsers append positions and sometimes the text they choked on.
    return InputException.invalid(
        Location.of(shown),
        "is a damaged or unreadable "
            + kind
            + " workbook ("
            + detail.lines().findFirst().orElse("")
            + ")");
  }
}
