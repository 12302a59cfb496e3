package rbs.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the xls and xlsx readers share: searching for the header row, skipping blank rows, row
 * numbers as Excel shows them. A subclass only moves through its library's rows and reads their
 * cells.
 */
abstract class SheetTable implements Table {

  SheetTable() {}

  /** Moves to the next physical row of the sheet; false at the end. */
  abstract boolean advance() throws IOException;

  /** Cells in the current row, empty ones included. */
  abstract int cellCount();

  @Override
  public final HeaderSearch header(HeaderSearch.Scan scan) throws IOException {
    while (advance()) {
      if (rowNumber() > scan.last()) {
        break;
      }
      if (rowNumber() < scan.from() || blank()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < cellCount(); i++) {
        Object v = cell(i);
        names.add(v == null ? "" : v.toString());
      }
      if (scan.offer(names, rowNumber())) {
        break;
      }
    }
    return scan.result();
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
