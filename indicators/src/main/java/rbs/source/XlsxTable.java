package rbs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import rbs.InputException;
import rbs.Location;

/**
 * An xlsx sheet streamed with fastexcel-reader (never loaded whole): raw cell values, formulas by
 * their cached values, the workbook's date system reported for serial dates.
 */
final class XlsxTable implements Table {

  private final SheetRef ref;
  private boolean date1904;

  XlsxTable(SheetRef ref) {
    this.ref = ref;
  }

  boolean date1904() {
    return date1904;
  }

  @Override
  public void read(Handler handler) {
    try (ReadableWorkbook wb = new ReadableWorkbook(ref.file().toFile())) {
      date1904 = wb.isDate1904();
      Sheet sheet = sheet(wb);
      boolean[] headerSeen = {false};
      Object[][] cells = {new Object[16]};
      try (Stream<Row> rows = sheet.openStream()) {
        rows.forEach(
            r -> {
              int number = r.getRowNum();
              if (number < ref.headerRow()) {
                return;
              }
              if (!headerSeen[0]) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                  Cell c = r.getCell(i);
                  names.add(c == null || c.getRawValue() == null ? "" : c.getText());
                }
                handler.header(number, names);
                headerSeen[0] = true;
                return;
              }
              int n = r.getCellCount();
              if (cells[0].length < n) {
                cells[0] = new Object[n];
              }
              boolean any = false;
              for (int i = 0; i < n; i++) {
                cells[0][i] = value(r.getCell(i));
                any |= cells[0][i] != null;
              }
              if (any) {
                handler.row(number, cells[0], n);
              }
            });
      }
      if (!headerSeen[0]) {
        throw ref.noHeader(sheet.getName());
      }
    } catch (IOException | UncheckedIOException e) {
      throw InputException.invalid(
          Location.of(ref.shown()),
          "not a readable xlsx workbook (damaged or truncated?): " + message(e));
    }
  }

  private Sheet sheet(ReadableWorkbook wb) {
    Optional<Sheet> sheet =
        ref.sheetName().isPresent()
            ? wb.findSheet(ref.sheetName().get())
            : wb.getSheet(ref.sheetIndex() - 1);
    if (sheet.isEmpty()) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      throw ref.missing(names);
    }
    return sheet.get();
  }

  private static Object value(Cell c) {
    if (c == null) {
      return null;
    }
    switch (c.getType()) {
      case NUMBER:
        return c.asNumber();
      case BOOLEAN:
        return c.asBoolean();
      case STRING:
        String s = c.asString();
        return s == null || s.isBlank() ? null : s;
      case FORMULA:
        String raw = c.getRawValue();
        if (raw == null || raw.isBlank()) {
          return null;
        }
        return Values.number(raw).<Object>map(n -> n).orElse(raw);
      default:
        return null;
    }
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
