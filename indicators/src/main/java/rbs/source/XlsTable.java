package rbs.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import rbs.InputException;
import rbs.Location;

/**
 * A sheet of a legacy xls workbook read with POI HSSF (at most 65,536 rows, so reading it whole is
 * bounded): raw cell values, cached formula results, row numbers as Excel shows them.
 */
final class XlsTable extends SheetTable {

  /** HSSF holds the whole workbook; beyond this it would not fit a small heap. */
  static final long MAX_BYTES = 50L << 20;

  private final HSSFWorkbook workbook;
  private final Iterator<Row> rows;
  private Row current;

  private XlsTable(HSSFWorkbook workbook, Sheet sheet) {
    this.workbook = workbook;
    this.rows = sheet.rowIterator();
  }

  /** The names of the workbook's sheets, in workbook order. */
  static List<String> sheetNames(Path file, String shown) throws IOException {
    try (HSSFWorkbook workbook = load(file, shown)) {
      return names(workbook);
    }
  }

  static XlsTable open(Path file, String shown, Optional<String> sheetName, int sheetIndex)
      throws IOException {
    HSSFWorkbook workbook = load(file, shown);
    Sheet sheet =
        sheetName.isPresent()
            ? workbook.getSheet(sheetName.get())
            : sheetIndex <= workbook.getNumberOfSheets()
                ? workbook.getSheetAt(sheetIndex - 1)
                : null;
    if (sheet == null) {
      List<String> names = names(workbook);
      workbook.close();
      throw Workbooks.noSheet(
          shown, sheetName.map(n -> "named '" + n + "'").orElse("number " + sheetIndex), names);
    }
    return new XlsTable(workbook, sheet);
  }

  private static List<String> names(HSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    return names;
  }

  private static HSSFWorkbook load(Path file, String shown) throws IOException {
    Sniff sniff = Sniff.of(file);
    if (sniff == Sniff.ZIP) {
      throw InputException.invalid(
          Location.of(shown),
          "is an xlsx workbook, not xls: give it the .xlsx extension or declare format: xlsx");
    }
    if (sniff == Sniff.TEXT) {
      throw InputException.invalid(
          Location.of(shown),
          "is not an xls workbook: if it is CSV text, give it the .csv extension or declare"
              + " format: csv");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw InputException.invalid(
          Location.of(shown),
          "is too large for an xls workbook (over " + (MAX_BYTES >> 20) + " MB): save it as xlsx");
    }
    if (Workbooks.isEncrypted(file)) {
      throw Workbooks.encrypted(shown);
    }
    HSSFWorkbook workbook;
    try {
      POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
      workbook = new HSSFWorkbook(fs.getRoot(), true);
    } catch (EncryptedDocumentException e) {
      throw Workbooks.encrypted(shown);
    } catch (OldExcelFormatException e) {
      throw InputException.invalid(
          Location.of(shown), "is in an Excel format older than 97: save it as .xlsx");
    } catch (IOException | RuntimeException e) {
      throw Workbooks.damaged(shown, "xls", e);
    }
    return workbook;
  }

  @Override
  boolean advance() {
    if (!rows.hasNext()) {
      return false;
    }
    current = rows.next();
    return true;
  }

  @Override
  int cellCount() {
    return Math.max(0, current.getLastCellNum());
  }

  @Override
  public long rowNumber() {
    return current.getRowNum() + 1L;
  }

  @Override
  public Object cell(int index) {
    return cellOf(current, index);
  }

  private static Object cellOf(Row row, int index) {
    Cell cell = row.getCell(index);
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      case ERROR -> "#ERROR";
      default -> null;
    };
  }

  @Override
  public boolean date1904() {
    return workbook.getInternalWorkbook().isUsing1904DateWindowing();
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
