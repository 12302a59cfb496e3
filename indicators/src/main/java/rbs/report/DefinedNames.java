package rbs.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The defined names of a workbook's sheets (a table's header region for screen readers, the print
 * area, the rows repeated on each printed page), set as POI sets them: through POI in a workbook of
 * its own, and as text in a report workbook ({@link ReportWorkbooks.Book#names}), in the bytes POI
 * writes for them. POI checks each name's formula with its formula parser and keeps it as an XML
 * object; the formulas here are made by POI's own reference writers ({@link CellReference}, {@link
 * SheetNameFormatter}) and differ only in their references, so the parser checks the first of each
 * sheet ({@link #check}), and the text is written into the workbook's part after POI wrote it
 * ({@link #splice}), where POI would have written its names. A name keeps its sheet rather than the
 * sheet's index, which is written as it is then, as POI moves a name's index with its sheet when
 * the sheets are reordered.
 */
final class DefinedNames {

  /** A name of the sheet's scope, and its formula. */
  private record Name(XSSFSheet sheet, String name, String formula) {}

  private static final byte[] SHEETS_END = "</sheets>".getBytes(StandardCharsets.UTF_8);

  private final List<Name> names = new ArrayList<>();
  private final Set<XSSFSheet> checked = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Marks a table's header row for screen readers (JAWS and NVDA read such a name): {@code
   * ColumnTitleRegion<n>.<first cell>.<last cell>}, of the sheet's scope, referring to the first
   * header cell.
   */
  static void columnTitles(
      XSSFSheet sheet, int n, int header, int lastRow, int firstCol, int lastCol) {
    String first = new CellReference(header, firstCol).formatAsString(false);
    String last = new CellReference(lastRow, lastCol).formatAsString(false);
    String name = "ColumnTitleRegion" + n + "." + first + "." + last;
    String formula =
        new CellReference(sheet.getSheetName(), header, firstCol, true, true).formatAsString();
    if (sheet.getWorkbook() instanceof ReportWorkbooks.Book book) {
      book.names().add(sheet, name, formula);
    } else {
      XSSFWorkbook wb = sheet.getWorkbook();
      XSSFName poi = wb.createName();
      poi.setSheetIndex(wb.getSheetIndex(sheet));
      poi.setNameName(name);
      poi.setRefersToFormula(formula);
    }
  }

  /** The sheet's print area, from its first to its last column and row, as POI writes it. */
  static void printArea(XSSFSheet sheet, int firstCol, int lastCol, int firstRow, int lastRow) {
    XSSFWorkbook wb = sheet.getWorkbook();
    if (wb instanceof ReportWorkbooks.Book book) {
      // XSSFWorkbook.setPrintArea(int, int, int, int, int)
      CellReference from = new CellReference(sheet.getSheetName(), firstRow, firstCol, true, true);
      CellReference to = new CellReference(sheet.getSheetName(), lastRow, lastCol, true, true);
      StringBuilder formula = new StringBuilder(32);
      SheetNameFormatter.appendFormat(formula, sheet.getSheetName());
      formula.append("!$").append(from.getCellRefParts()[2]).append('$');
      formula.append(from.getCellRefParts()[1]).append(":$").append(to.getCellRefParts()[2]);
      formula.append('$').append(to.getCellRefParts()[1]);
      book.names().set(sheet, XSSFName.BUILTIN_PRINT_AREA, formula.toString());
    } else {
      wb.setPrintArea(wb.getSheetIndex(sheet), firstCol, lastCol, firstRow, lastRow);
    }
  }

  /**
   * The rows repeated at the top of every printed page of the sheet, from {@code firstRow} to
   * {@code lastRow} (0-based), as POI's {@code setRepeatingRows} sets them.
   */
  static void printTitles(XSSFSheet sheet, int firstRow, int lastRow) {
    if (sheet.getWorkbook() instanceof ReportWorkbooks.Book book) {
      if (firstRow < 0 || firstRow > lastRow) {
        throw new IllegalArgumentException("Invalid row range specification");
      }
      // XSSFSheet.setRepeatingRowsAndColumns and getReferenceBuiltInRecord, rows only
      String row1 =
          new CellReference(sheet.getSheetName(), firstRow, 0, true, true).getCellRefParts()[1];
      String row2 =
          new CellReference(sheet.getSheetName(), lastRow, 0, true, true).getCellRefParts()[1];
      String escaped = SheetNameFormatter.format(sheet.getSheetName());
      book.names().set(sheet, XSSFName.BUILTIN_PRINT_TITLE, escaped + "!$" + row1 + ":$" + row2);
      if (!(sheet.getCTWorksheet().isSetPageSetup() && sheet.getCTWorksheet().isSetPageMargins())) {
        sheet.getPrintSetup().setValidSettings(false);
      }
    } else {
      sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }
  }

  /**
   * Adds a name of the sheet's scope.
   *
   * @throws IllegalArgumentException when the sheet has a name so called (in any case), as POI
   *     refuses it
   */
  void add(XSSFSheet sheet, String name, String formula) {
    if (find(sheet, name) >= 0) {
      throw new IllegalArgumentException("The sheet already contains this name: " + name);
    }
    check(sheet, formula);
    names.add(new Name(sheet, name, formula));
  }

  /** Sets a built-in name of the sheet's scope, in its place if it has one, else last. */
  void set(XSSFSheet sheet, String name, String formula) {
    check(sheet, formula);
    int at = find(sheet, name);
    if (at >= 0) {
      names.set(at, new Name(sheet, name, formula));
    } else {
      names.add(new Name(sheet, name, formula));
    }
  }

  /**
   * Checks the first formula of each sheet with POI's formula parser, as POI checks every one. A
   * sheet's formulas differ only in the reference after the sheet's name, which POI's {@link
   * CellReference} writes from row and column numbers; what the parser can refuse is the sheet's
   * name as {@link SheetNameFormatter} writes it (it leaves some names the parser cannot read
   * unquoted, such as ".").
   *
   * @throws org.apache.poi.ss.formula.FormulaParseException as POI's {@code setRefersToFormula}
   */
  private void check(XSSFSheet sheet, String formula) {
    if (checked.add(sheet)) {
      XSSFWorkbook wb = sheet.getWorkbook();
      FormulaParser.parse(
          formula,
          XSSFEvaluationWorkbook.create(wb),
          FormulaType.NAMEDRANGE,
          wb.getSheetIndex(sheet),
          -1);
    }
  }

  private int find(XSSFSheet sheet, String name) {
    String key = name.toLowerCase(Locale.ENGLISH);
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (n.sheet() == sheet && n.name().toLowerCase(Locale.ENGLISH).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  /**
   * The workbook's part as POI wrote it ({@code xml}), with these names where POI writes its own:
   * right after the sheets.
   *
   * @throws IllegalStateException when the workbook has names of POI's as well, or the part no
   *     sheets
   */
  byte[] splice(byte[] xml, XSSFWorkbook wb) {
    if (names.isEmpty()) {
      return xml;
    }
    if (wb.getNumberOfNames() > 0) {
      throw new IllegalStateException("the workbook holds names of POI's and of rbs's");
    }
    int at = SheetCells.indexOf(xml, SHEETS_END, 0);
    if (at < 0) {
      throw new IllegalStateException("the workbook's part has no sheets");
    }
    at += SHEETS_END.length;
    StringBuilder x = new StringBuilder(names.size() * 100).append("<definedNames>");
    for (Name n : names) {
      int index = wb.getSheetIndex(n.sheet());
      if (index < 0) {
        throw new IllegalStateException("a name's sheet is no longer in the workbook");
      }
      x.append("<definedName name=\"").append(XmlBeansText.attribute(n.name()));
      x.append("\" localSheetId=\"").append(index).append("\">");
      XmlBeansText.content(x, n.formula());
      x.append("</definedName>");
    }
    x.append("</definedNames>");
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + x.length() * 2);
    out.write(xml, 0, at);
    out.writeBytes(x.toString().getBytes(StandardCharsets.UTF_8));
    out.write(xml, at, xml.length - at);
    return out.toByteArray();
  }
}
