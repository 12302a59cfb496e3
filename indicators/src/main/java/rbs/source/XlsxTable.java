package rbs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import rbs.InputException;
import rbs.Location;

/**
 * A sheet of an xlsx workbook, streamed with fastexcel-reader: raw cell values (numbers, date
 * serials, cached formula results, shared and inline strings), row numbers as Excel shows them.
 */
final class XlsxTable extends SheetTable {

  private final String shown;
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private Row current;

  private XlsxTable(String shown, ReadableWorkbook workbook, Stream<Row> stream) {
    this.shown = shown;
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
  }

  /** The names of the workbook's sheets, in workbook order. */
  static List<String> sheetNames(Path file, String shown) throws IOException {
    check(file, shown);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
      return workbook.getSheets().map(Sheet::getName).collect(Collectors.toList());
    } catch (ExcelReaderException | UncheckedIOException e) {
      throw Workbooks.damaged(shown, "xlsx", e);
    }
  }

  static XlsxTable open(Path file, String shown, Optional<String> sheetName, int sheetIndex)
      throws IOException {
    check(file, shown);
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
      Sheet sheet = sheet(workbook, shown, sheetName, sheetIndex);
      return new XlsxTable(shown, workbook, sheet.openStream());
    } catch (ExcelReaderException | UncheckedIOException | IOException e) {
      closeQuietly(workbook);
      throw Workbooks.damaged(shown, "xlsx", e);
    } catch (InputException e) {
      closeQuietly(workbook);
      throw e;
    }
  }

  /** A clear error for a file that is no xlsx workbook, or too compressed to be one. */
  private static void check(Path file, String shown) throws IOException {
    Sniff sniff = Sniff.of(file);
    if (sniff == Sniff.OLE2) {
      if (Workbooks.isEncrypted(file)) {
        throw Workbooks.encrypted(shown);
      }
      throw InputException.invalid(
          Location.of(shown),
          "is an xls workbook (Excel 97-2003), not xlsx: give it the .xls extension or declare"
              + " format: xls");
    }
    if (sniff == Sniff.TEXT) {
      throw InputException.invalid(
          Location.of(shown),
          "is not an xlsx workbook (no zip archive): if it is CSV text, give it the .csv"
              + " extension or declare format: csv");
    }
    ZipGuard.check(file, shown);
  }

  private static Sheet sheet(
      ReadableWorkbook workbook, String shown, Optional<String> name, int index) {
    Optional<Sheet> sheet =
        name.isPresent() ? workbook.findSheet(name.get()) : workbook.getSheet(index - 1);
    return sheet.orElseThrow(
        () ->
            Workbooks.noSheet(
                shown,
                name.map(n -> "named '" + n + "'").orElse("number " + index),
                workbook.getSheets().map(Sheet::getName).collect(Collectors.toList())));
  }

  private static void closeQuietly(ReadableWorkbook workbook) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException e) {
        // already failing with a clearer message
      }
    }
  }

  @Override
  boolean advance() {
    try {
      if (!rows.hasNext()) {
        return false;
      }
      current = rows.next();
      return true;
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      // fastexcel reports bad XML and bad cell values with several unchecked exceptions
      throw Workbooks.damaged(shown, "xlsx", e);
    }
  }

  @Override
  int cellCount() {
    return current.getCellCount();
  }

  @Override
  public long rowNumber() {
    return current.getRowNum();
  }

  @Override
  public Object cell(int index) {
    return cellOf(current, index);
  }

  private static Object cellOf(Row row, int index) {
    if (index >= row.getCellCount()) {
      return null;
    }
    Cell cell = row.getCell(index);
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    Object value = cell.getValue();
    if (value instanceof BigDecimal || value instanceof Boolean || value instanceof String) {
      return value;
    }
    // formula without a typed cached value, or an error: the raw text Excel stored
    return cell.getRawValue();
  }

  @Override
  public boolean date1904() {
    return workbook.isDate1904();
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}
