package rbs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * New report workbooks whose cells are set as text ({@link SheetCells}), their strings kept and
 * written as text too ({@link PlainKeyedStrings}), their cell formats too ({@link StylesText}),
 * whose sheets' defined names are written as text ({@link DefinedNames}), and whose charts' frames,
 * and charts where they can be, are written as text ({@link DrawingText}, {@link ChartXml}): each
 * in the bytes POI would write for them.
 */
final class ReportWorkbooks {

  private ReportWorkbooks() {}

  /** A new, empty workbook as {@code new XSSFWorkbook()} makes it. */
  static Book create() {
    return new Book();
  }

  /**
   * A report workbook: a workbook with the cells and chart frames of its sheets set as text. It is
   * saved by {@link #save}, never by POI's {@code write}, which knows nothing of them.
   */
  static final class Book extends XSSFWorkbook {
    private final IdentityHashMap<Sheet, DrawingText> drawings = new IdentityHashMap<>();
    // by identity: a sheet is its own key (POI's sheets compare as objects do, but say nothing of
    // it)
    private final IdentityHashMap<Sheet, SheetCells> cells = new IdentityHashMap<>();
    private final Set<Sheet> poiCells = Collections.newSetFromMap(new IdentityHashMap<>());
    private final DefinedNames names = new DefinedNames();

    private Book() {
      super(new Factory());
    }

    /**
     * Saves the workbook as a zip into {@code out} as POI's {@code write} does (every part
     * committed, then the package saved), every entry dated {@code time}, with its cells written as
     * text ({@link WorkbookWriter.StampedZip}) and the package's own XML too where it can be
     * ({@link PackageText}).
     *
     * @return whether the package's XML was written as text (else POI saved the package)
     * @throws IOException when the zip cannot be written
     */
    boolean save(OutputStream out, long time) throws IOException {
      OPCPackage pkg = getPackage();
      // the cells' texts first: they give their sheets the dimension POI then writes
      try (ZipArchiveOutputStream zip = new WorkbookWriter.StampedZip(out, time, splices())) {
        commitParts();
        if (PackageText.write(pkg, zip)) {
          return true;
        }
        pkg.save(zip);
        return false;
      }
    }

    /**
     * Commits every part into the package as POI's {@code write} does before it saves the package,
     * the chart frames set as text then written into their drawings' parts.
     */
    void commitParts() throws IOException {
      onSave(new HashSet<>());
      for (DrawingText drawing : drawings.values()) {
        drawing.write();
      }
      getProperties().commit();
    }

    /**
     * Where the sheet's cells are set as text ({@link SheetCells}); empty once they have been
     * handed to POI ({@link #handCellsToPoi}), whose cells the sheet's are from then on.
     */
    Optional<SheetCells> cells(Sheet sheet) {
      if (poiCells.contains(sheet)) {
        return Optional.empty();
      }
      return Optional.of(cells.computeIfAbsent(sheet, s -> new SheetCells()));
    }

    /** The sheet's cells set as text so far, if any were: for reading them back. */
    Optional<SheetCells> cellsSet(Sheet sheet) {
      return Optional.ofNullable(cells.get(sheet));
    }

    /**
     * Makes the sheet's cells set as text POI's own, and those set after: for a chart POI draws,
     * which reads its data from POI's cells.
     */
    void handCellsToPoi(XSSFSheet sheet) {
      SheetCells set = cells.remove(sheet);
      if (set != null) {
        set.handTo(sheet);
      }
      poiCells.add(sheet);
    }

    /**
     * The sheet's drawing's chart frames written as text; the sheet gets a drawing if it has none.
     */
    DrawingText drawing(XSSFSheet sheet) {
      return drawings.computeIfAbsent(sheet, s -> new DrawingText(sheet.createDrawingPatriarch()));
    }

    /** The sheet's chart frames written as text, if any were. */
    Optional<DrawingText> drawingSet(Sheet sheet) {
      return Optional.ofNullable(drawings.get(sheet));
    }

    /** The index of a plain text in the shared strings, added as a cell's text adds it. */
    int sharedString(String text) {
      return ((PlainKeyedStrings) getSharedStringSource()).add(text);
    }

    /** The sheets' defined names, written as text into the workbook's part ({@link #splices}). */
    DefinedNames names() {
      return names;
    }

    /**
     * What is written as text into the parts POI writes, by the parts' names in the zip: the cells
     * set as text into their sheets' parts ({@link #cellTexts}), the defined names into the
     * workbook's ({@link DefinedNames#splice}).
     *
     * @throws IllegalStateException when a sheet with cells set as text holds cells of POI's too
     */
    Map<String, UnaryOperator<byte[]>> splices() {
      Map<String, UnaryOperator<byte[]>> splices = new TreeMap<>();
      cellTexts().forEach((part, set) -> splices.put(part, set::splice));
      if (!names.isEmpty()) {
        splices.put(
            PackageText.zipName(getPackagePart().getPartName()), xml -> names.splice(xml, this));
      }
      return splices;
    }

    /**
     * The cells set as text, by the names of their sheets' parts in the zip ({@code
     * xl/worksheets/sheet3.xml}), to be spliced into the parts as POI writes them; gives each such
     * sheet the dimension POI would (seeing no cells of its own, it would write none).
     *
     * @throws IllegalStateException when such a sheet holds cells of POI's as well
     */
    Map<String, SheetCells> cellTexts() {
      Map<String, SheetCells> texts = new TreeMap<>();
      for (Map.Entry<Sheet, SheetCells> e : cells.entrySet()) {
        XSSFSheet sheet = (XSSFSheet) e.getKey();
        if (e.getValue().isEmpty()) {
          continue;
        }
        for (Row row : sheet) {
          if (row.getPhysicalNumberOfCells() > 0) {
            throw new IllegalStateException(
                "sheet " + sheet.getSheetName() + " holds cells of POI's and of rbs's");
          }
        }
        e.getValue().dimension(sheet).ifPresent(sheet::setDimensionOverride);
        texts.put(PackageText.zipName(sheet.getPackagePart().getPartName()), e.getValue());
      }
      return texts;
    }
  }

  private static final class Factory extends XSSFFactory {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      if (descriptor == XSSFRelation.SHARED_STRINGS) {
        return new PlainKeyedStrings();
      }
      if (descriptor == XSSFRelation.STYLES) {
        return new StylesText();
      }
      return super.newDocumentPart(descriptor);
    }
  }
}
