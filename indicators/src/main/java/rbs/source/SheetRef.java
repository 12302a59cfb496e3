package rbs.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;

/**
 * Which sheet of which workbook to read, and from which row: what the xlsx and xls readers share.
 *
 * @param shown the file as users see it, for messages
 * @param sheetName the sheet by name; empty means by {@code sheetIndex} (from 1)
 */
record SheetRef(
    Path file, String shown, Optional<String> sheetName, int sheetIndex, int headerRow) {

  /** The error for a workbook that lacks the sheet, listing the sheets it has. */
  InputException missing(List<String> sheets) {
    return InputException.invalid(
        Location.of(shown),
        "no sheet "
            + sheetName.map(n -> "'" + n + "'").orElse("number " + sheetIndex)
            + " (sheets: "
            + String.join(", ", sheets)
            + ")");
  }

  InputException noHeader(String sheet) {
    return InputException.invalid(
        Location.of(shown, headerRow), "no header row: sheet '" + sheet + "' has fewer rows");
  }
}
