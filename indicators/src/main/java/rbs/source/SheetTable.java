package rbs.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the xls and xlsx readers share: finding the header row, skipping blank rows, row numbers as
 * Excel shows them. A subclass only moves through its library's rows and reads their cells.
 */
abstract class SheetTable implements Table {

  private final int headerRow;
  private long headerLine;

  /**
   * @param headerRow the declared 1-based header row: the first non-blank row at or below it is the
   *     header
   */
  SheetTable(int headerRow) {
    this.headerRow = headerRow;
  }

  /** Moves to the next physical row of the sheet; false at the end. */
  abstract boolean advance() throws IOException;

  /** Cells in the current row, empty ones included. */
  abstract int cellCount();

  @Override
  public final List<String> header() throws IOException {
    while (advance()) {
      if (rowNumber() >= headerRow && !blank()) {
        headerLine = rowNumber();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cellCount(); i++) {
          Object v = cell(i);
          names.add(v == null ? "" : v.toString());
        }
        return names;
      }
    }
    return List.of();
  }

  @Override
  public final long headerRow() {
    return headerLine == 0 ? headerRow : headerLine;
  }

  @Override
  public final boolean next() throws IOException {
    while (advance()) {
      if (!blank()) {
        return true;
      }
    }
    return false;
  }

  /** "column C", as Excel heads it. */
  @Override
  public final String columnLabel(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return "column " + letters;
  }

  private boolean blank() {
    for (int i = 0; i < cellCount(); i++) {
      Object v = cell(i);
      if (v != null && !(v instanceof String string && string.isBlank())) {
        return false;
      }
    }
    return true;
  }
}
