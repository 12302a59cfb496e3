package rbs.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

  private final SheetRef ref;
  private boolean date1904;

  XlsTable(SheetRef ref) {
    this.ref = ref;
  }

  boolean date1904() {
    return date1904;
  }

  @Override
  public void read(Handler handler) {
    try (POIFSFileSystem fs = new POIFSFileSystem(ref.file().toFile(), true);
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
      date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
      Sheet sheet = sheet(wb);
      boolean headerSeen = false;
      Object[] cells = new Object[16];
      for (Row r : sheet) {
        int number = r.getRowNum() + 1;
        if (number < ref.headerRow()) {
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
        throw ref.noHeader(sheet.getSheetName());
      }
    } catch (EncryptedDocumentException e) {
      throw InputException.invalid(
          Location.of(ref.shown()), "the workbook is password-protected; save an unprotected copy");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException || e instanceof Table.Stop) {
        throw (RuntimeException) e;
      }
      throw InputException.invalid(
          Location.of(ref.shown()),
          "not a readable xls workbook (damaged or truncated?): " + e.getMessage());
    }
  }

  private Sheet sheet(HSSFWorkbook wb) {
    Sheet sheet =
        ref.sheetName().isPresent()
            ? wb.getSheet(ref.sheetName().get())
            : ref.sheetIndex() <= wb.getNumberOfSheets()
                ? wb.getSheetAt(ref.sheetIndex() - 1)
                : null;
    if (sheet == null) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        names.add(wb.getSheetName(i));
      }
      throw ref.missing(names);
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
