package rbs.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.w3c.dom.Document;

/**
 * Checks every XML part of an xlsx as Excel would: against the ECMA-376 schemas (the XMLBeans types
 * of poi-ooxml-full, chosen by the part's content type, {@code validate()}) and against the rules
 * Excel enforces beyond them ({@link ExcelRules}). A part of a content type this class does not
 * know is a problem itself, so a part a later change adds cannot slip through unchecked: add its
 * document type to {@link #SCHEMAS}.
 */
public final class OoxmlValidation {

  /** One schema error or broken rule, or a part that could not be checked, in the part it is in. */
  public record Problem(String part, String message) {
    @Override
    public String toString() {
      return part + ": " + message;
    }
  }

  /** What one workbook gave: how many parts were checked, and every problem found. */
  public record Result(Path file, int parts, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** The parts with at least one problem. */
    public Set<String> invalidParts() {
      Set<String> parts = new TreeSet<>();
      problems.forEach(p -> parts.add(p.part()));
      return parts;
    }
  }

  private interface Schema {
    XmlObject parse(InputStream in, XmlOptions options) throws XmlException, IOException;
  }

  static final String CORE_PROPERTIES =
      "application/vnd.openxmlformats-package.core-properties+xml";
  static final String CONTENT_TYPES = "[Content_Types].xml";

  private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  private static final String DOC = "application/vnd.openxmlformats-officedocument.";

  private static final String WORKSHEET = SML + "worksheet+xml";

  /** The parts of the cells' references: worksheets, styles, shared strings. */
  private static final Set<String> CELL_PARTS =
      Set.of(WORKSHEET, SML + "styles+xml", SML + "sharedStrings+xml");

  /** The document type of each content type; core properties and content types have none. */
  private static final Map<String, Schema> SCHEMAS =
      Map.ofEntries(
          Map.entry(SML + "sheet.main+xml", WorkbookDocument.Factory::parse),
          Map.entry(SML + "worksheet+xml", WorksheetDocument.Factory::parse),
          Map.entry(SML + "styles+xml", StyleSheetDocument.Factory::parse),
          Map.entry(SML + "sharedStrings+xml", SstDocument.Factory::parse),
          Map.entry(SML + "table+xml", TableDocument.Factory::parse),
          Map.entry(DOC + "drawing+xml", WsDrDocument.Factory::parse),
          Map.entry(DOC + "drawingml.chart+xml", ChartSpaceDocument.Factory::parse),
          Map.entry(DOC + "theme+xml", ThemeDocument.Factory::parse),
          Map.entry(
              DOC + "extended-properties+xml",
              org.openxmlformats
                      .schemas
                      .officeDocument
                      .x2006
                      .extendedProperties
                      .PropertiesDocument
                      .Factory
                  ::parse),
          Map.entry(
              DOC + "custom-properties+xml",
              org.openxmlformats
                      .schemas
                      .officeDocument
                      .x2006
                      .customProperties
                      .PropertiesDocument
                      .Factory
                  ::parse),
          Map.entry(
              "application/vnd.openxmlformats-package.relationships+xml",
              RelationshipsDocument.Factory::parse));

  private OoxmlValidation() {}

  /** Checks every entry of the xlsx: the content types, then each part of the package. */
  public static Result validate(Path file) throws IOException {
    List<Problem> problems = new ArrayList<>();
    int parts = 0;
    try (ZipFile zip = new ZipFile(file.toFile());
        OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      Set<String> unchecked = new TreeSet<>();
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> unchecked.add("/" + e.getName()));
      unchecked.remove("/" + CONTENT_TYPES);
      problems.addAll(check("/" + CONTENT_TYPES, "", bytes(zip, CONTENT_TYPES)));
      parts++;
      Map<String, Document> sheets = new TreeMap<>();
      Map<String, Document> byType = new HashMap<>();
      for (PackagePart part : opc.getParts()) {
        String name = part.getPartName().getName();
        String type = part.getContentType();
        unchecked.remove(name);
        problems.addAll(
            check(
                name,
                type,
                bytes(zip, name.substring(1)),
                dom -> {
                  if (type.equals(WORKSHEET)) {
                    sheets.put(name, dom);
                  } else if (CELL_PARTS.contains(type)) {
                    byType.put(type, dom);
                  }
                }));
        parts++;
      }
      Optional<Document> styles = Optional.ofNullable(byType.get(SML + "styles+xml"));
      Optional<Document> strings = Optional.ofNullable(byType.get(SML + "sharedStrings+xml"));
      sheets.forEach(
          (name, sheet) ->
              ExcelRules.cellReferences(sheet, styles, strings)
                  .forEach(m -> problems.add(new Problem(name, m))));
      for (String name : unchecked) {
        problems.add(new Problem(name, "in the zip but not a part of the package"));
      }
    } catch (InvalidFormatException e) {
      problems.add(new Problem(file.getFileName().toString(), "not an OPC package: " + e));
    }
    return new Result(file, parts, problems);
  }

  /** The problems of one part: its schema, then Excel's rules. */
  static List<Problem> check(String name, String contentType, byte[] xml) {
    return check(name, contentType, xml, dom -> {});
  }

  /**
   * The problems of one part; {@code parsed} is given the part's DOM if it is schema-valid enough
   * to be read, for the rules between parts ({@link ExcelRules#cellReferences}).
   */
  private static List<Problem> check(
      String name, String contentType, byte[] xml, Consumer<Document> parsed) {
    List<Problem> problems = new ArrayList<>();
    if (name.equals("/" + CONTENT_TYPES)) {
      PackageRules.contentTypes(xml).forEach(m -> problems.add(new Problem(name, m)));
      return problems;
    }
    if (contentType.equals(CORE_PROPERTIES)) {
      PackageRules.coreProperties(xml).forEach(m -> problems.add(new Problem(name, m)));
      return problems;
    }
    Schema schema = SCHEMAS.get(contentType);
    if (schema == null) {
      problems.add(
          new Problem(
              name,
              "no schema for content type "
                  + contentType
                  + ": add its XMLBeans document type to OoxmlValidation.SCHEMAS"));
      return problems;
    }
    try {
      XmlObject document =
          schema.parse(new ByteArrayInputStream(xml), new XmlOptions().setLoadLineNumbers());
      List<XmlError> errors = new ArrayList<>();
      document.validate(new XmlOptions().setErrorListener(errors));
      for (XmlError error : errors) {
        if (preservedSpace(error)) {
          continue;
        }
        problems.add(new Problem(name, "schema: " + where(error) + error.getMessage()));
      }
    } catch (XmlException | IOException e) {
      problems.add(new Problem(name, "schema: cannot parse: " + e.getMessage()));
      return problems;
    }
    Document dom = PackageRules.dom(xml);
    ExcelRules.check(contentType, dom).forEach(m -> problems.add(new Problem(name, m)));
    parsed.accept(dom);
    return problems;
  }

  /**
   * {@code <t xml:space="preserve">}: a text with a line break or edge spaces. The schemas do not
   * declare xml:space on {@code t}, but it is XML's own attribute, every element may carry it, and
   * Excel writes it on every such text itself (ECMA-376 Part 1, 18.4.12, shows it).
   */
  private static boolean preservedSpace(XmlError error) {
    String m = error.getMessage();
    return m != null
        && m.contains("space@http://www.w3.org/XML/1998/namespace")
        && m.contains("in element t@http://schemas.openxmlformats.org/spreadsheetml/2006/main");
  }

  private static String where(XmlError error) {
    return error.getLine() > 0 ? error.getLine() + ":" + error.getColumn() + ": " : "";
  }

  private static byte[] bytes(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new IOException("no entry " + name + " in " + zip.getName());
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }
}
