package rbs.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import rbs.InputException;
import rbs.Location;

/**
 * A sheet of an old-format (.xls) workbook, read with POI's HSSF. Such files are limited to 65,536
 * rows, so reading them whole is bounded.
 */
final class XlsTable implements Table {

  private final Path file;
  private final String shown;
  private final Optional<String> sheetName;
  private final int sheetIndex;
  private final int headerRow;
  private boolean date1904;

  XlsTable(Path file, String shown, Optional<String> sheetName, int sheetIndex, int headerRow) {
    this.file = file;
    this.shown = shown;
    this.sheetName = sheetName;
    this.sheetIndex = sheetIndex;
    this.headerRow = headerRow;
  }

  boolean date1904() {
    return date1904;
  }

  @Override
  public void read(Handler handler) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
      date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
      Sheet sheet = sheet(wb);
      boolean headerSeen = false;
      Object[] cells = new Object[16];
      for (Row r : sheet) {
        int number = r.getRowNum() + 1;
        if (number < headerRow) {
          continue;
        }
        int n = Math.max(0, r.getLastCellNum());
        if (!headerSeen) {
          List<String> names = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Object v = value(r.getCell(i));
            names.add(v == null ? "" : v.toString());
          }
          handler.header(number, names);
          headerSeen = true;
          continue;
        }
        if (cells.length < n) {
          cells = new Object[n];
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
          cells[i] = value(r.getCell(i));
          any |= cells[i] != null;
        }
        if (any) {
          handler.row(number, cells, n);
        }
      }
      if (!headerSeen) {
        throw InputException.invalid(
            Location.of(shown, headerRow), "no header row in sheet '" + sheet.getSheetName() + "'");
      }
    } catch (EncryptedDocumentException e) {
      throw InputException.invalid(
          Location.of(shown), "the workbook is password-protected; save an unprotected copy");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException || e instanceof Table.Stop) {
        throw (RuntimeException) e;
      }
      throw InputException.invalid(
          Location.of(shown),
          "not a readable xls workbook (damaged or truncated?): " + e.getMessage());
    }
  }

  private Sheet sheet(HSSFWorkbook wb) {
    Sheet sheet =
        sheetName.isPresent()
            ? wb.getSheet(sheetName.get())
            : sheetIndex <= wb.getNumberOfSheets() ? wb.getSheetAt(sheetIndex - 1) : null;
    if (sheet == null) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        names.add(wb.getSheetName(i));
      }
      throw InputException.invalid(
          Location.of(shown),
          "no sheet "
              + sheetName.map(n -> "'" + n + "'").orElse("number " + sheetIndex)
              + " (sheets: "
              + String.join(", ", names)
              + ")");
    }
    return sheet;
  }

  private static Object value(Cell c) {
    if (c == null) {
      return null;
    }
    CellType type =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    switch (type) {
      case NUMERIC:
        return BigDecimal.valueOf(c.getNumericCellValue());
      case BOOLEAN:
        return c.getBooleanCellValue();
      case STRING:
        String s = c.getStringCellValue();
        return s.isBlank() ? null : s;
      default:
        return null;
    }
  }
}
