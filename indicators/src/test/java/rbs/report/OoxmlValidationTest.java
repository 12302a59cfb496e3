package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class OoxmlValidationTest {

  static final String CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
  static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  @TempDir Path dir;

  private Path save(XSSFWorkbook workbook, String name) throws IOException {
    Path file = dir.resolve(name);
    try (workbook;
        OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  private static String part(Path xlsx, String name) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The first chart part of the fixture city workbook that holds this chart type. */
  private String fixtureChart(String type) throws IOException {
    Path file = cityWorkbook();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : zip.stream().toList()) {
        String xml = part(file, e.getName());
        if (e.getName().startsWith("xl/charts/") && xml.contains("<c:" + type + ">")) {
          return xml;
        }
      }
    }
    throw new AssertionError("no " + type);
  }

  /** The fixture city workbook as rbs writes it. */
  private Path cityWorkbook() throws IOException {
    Path file = dir.resolve("city.xlsx");
    WorkbookWriter.write(
        ReportFixtures.tertial(), ReportFixtures.CITY, WorkbookWriterTest.INTERNAL, file);
    return file;
  }

  private static List<String> problems(String name, String contentType, String xml) {
    return OoxmlValidation.check(name, contentType, xml.getBytes(StandardCharsets.UTF_8)).stream()
        .map(OoxmlValidation.Problem::message)
        .toList();
  }

  @Test
  void acceptsAWorkbookWithATableAndCustomProperties() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("Data");
    for (int r = 0; r < 3; r++) {
      sheet.createRow(r).createCell(0).setCellValue(r == 0 ? "Name" : "row " + r);
    }
    sheet.createTable(new AreaReference("A1:A3", wb.getSpreadsheetVersion())).setName("Names");
    wb.getProperties().getCustomProperties().addProperty("programme", "kvinnofrid");
    Path file = save(wb, "table.xlsx");

    OoxmlValidation.Result result = OoxmlValidation.validate(file);

    assertThat(result.problems()).isEmpty();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(result.parts()).as("every zip entry").isEqualTo(zip.size());
    }
  }

  @Test
  void reportsALineChartWithoutGroupingAsXddfWritesIt() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("Data");
    for (int r = 0; r < 3; r++) {
      sheet.createRow(r).createCell(0).setCellValue("m" + r);
      sheet.getRow(r).createCell(1).setCellValue(r);
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 10, 15));
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
    data.addSeries(
        XDDFDataSourcesFactory.fromStringCellRange(sheet, CellRangeAddress.valueOf("A1:A3")),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, CellRangeAddress.valueOf("B1:B3")));
    chart.plot(data);

    OoxmlValidation.Result result = OoxmlValidation.validate(save(wb, "line.xlsx"));

    assertThat(result.invalidParts()).containsExactly("/xl/charts/chart1.xml");
    assertThat(result.problems())
        .extracting(OoxmlValidation.Problem::message)
        .anyMatch(m -> m.startsWith("schema: ") && m.contains("Expected element 'grouping@"));
  }

  @Test
  void reportsThreeByteFillColoursInStyles() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFCellStyle style = wb.createCellStyle();
    style.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    wb.createSheet("Data").createRow(0).createCell(0).setCellStyle(style);

    OoxmlValidation.Result result = OoxmlValidation.validate(save(wb, "colour.xlsx"));

    assertThat(result.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.part()).isEqualTo("/xl/styles.xml");
              assertThat(p.message()).contains("ST_UnsignedIntHex");
            });
  }

  @Test
  void failsOnAPartWhoseContentTypeItDoesNotKnow() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Data");
    Path file = save(wb, "custom.xlsx");
    try (OPCPackage opc = OPCPackage.open(file.toFile())) {
      PackagePart part =
          opc.createPart(
              PackagingURIHelper.createPartName("/xl/forms/form1.xml"),
              "application/vnd.rbs.form+xml");
      try (OutputStream out = part.getOutputStream()) {
        out.write("<form/>".getBytes(StandardCharsets.UTF_8));
      }
    }

    OoxmlValidation.Result result = OoxmlValidation.validate(file);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.part()).isEqualTo("/xl/forms/form1.xml");
              assertThat(p.message())
                  .startsWith("no schema for content type application/vnd.rbs.form+xml");
            });
  }

  @Test
  void checksContentTypesByThePackageSchema() {
    String types =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"XML\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"xl/workbook.xml\" ContentType=\"workbook\"/>"
            + "<Other/></Types>";

    assertThat(PackageRules.contentTypes(types.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            "Default for XML appears twice",
            "Override: PartName 'xl/workbook.xml' is not absolute",
            "'workbook' is no ST_ContentType",
            "unexpected element Other in Types");
  }

  @Test
  void checksCorePropertiesByThePackageSchemaAndItsRules() {
    String core =
        "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dcterms:created>2014-09-15T00:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">15 sep 2014</dcterms:modified>"
            + "<dc:title>a</dc:title><dc:title xsi:type=\"x\">b</dc:title>"
            + "<cp:keywords>internt<cp:value>x</cp:value></cp:keywords>"
            + "<cp:owner>rbs</cp:owner></cp:coreProperties>";

    assertThat(PackageRules.coreProperties(core.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            "dcterms:created needs xsi:type=\"dcterms:W3CDTF\", has ''",
            "dcterms:modified '15 sep 2014' is no W3CDTF date",
            "dc:title appears twice",
            "dc:title may not have an xsi:type",
            "unexpected element cp:owner in cp:coreProperties");
  }

  @Test
  void excelRulesForLineChartsGoBeyondTheSchema() throws IOException {
    String line = fixtureChart("lineChart");
    assertThat(problems("/c.xml", CHART, line)).isEmpty();

    String stacked =
        line.replace("<c:grouping val=\"standard\"/>", "<c:grouping val=\"stacked\"/>")
            .replace("<c:marker val=\"true\"/>", "");
    assertThat(problems("/c.xml", CHART, stacked))
        .containsExactly(
            "rule: a line chart's grouping is standard, not stacked",
            "rule: a line chart has c:marker val=\"1\"");
  }

  @Test
  void excelRulesForBarChartsAndAxesGoBeyondTheSchema() throws IOException {
    String bar = fixtureChart("barChart");
    assertThat(problems("/c.xml", CHART, bar)).isEmpty();

    String standard =
        bar.replace("<c:grouping val=\"clustered\"/>", "<c:grouping val=\"standard\"/>")
            .replace("<c:crossBetween val=\"between\"/>", "<c:crossBetween val=\"midCat\"/>");
    assertThat(problems("/c.xml", CHART, standard))
        .containsExactly(
            "rule: a 2-D bar chart's grouping is clustered or stacked, not standard",
            "rule: a bar chart's value axis crosses between, not midCat");

    String stacked =
        bar.replace("<c:grouping val=\"clustered\"/>", "<c:grouping val=\"stacked\"/>");
    assertThat(problems("/c.xml", CHART, stacked))
        .containsExactly("rule: a stacked bar chart has c:overlap 100, not 0");

    String dangling =
        bar.replace("<c:crosses val=\"autoZero\"/><c:auto", "<c:auto")
            .replace("<c:crossAx val=\"0\"/>", "<c:crossAx val=\"7\"/>");
    assertThat(problems("/c.xml", CHART, dangling))
        .containsExactlyInAnyOrder(
            "rule: catAx 0 has no c:crosses", "rule: valAx crosses a missing axis 7");
  }

  @Test
  void excelRulesForSheetNamesHeadersTextsAndShapesGoBeyondTheSchema() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("Data");
    sheet.createRow(0).createCell(0).setCellValue("x".repeat(ExcelRules.MAX_CELL_TEXT));
    sheet.getHeader().setLeft("h".repeat(ExcelRules.MAX_HEADER_FOOTER - 2));
    wb.createSheet("Other");
    Path file = save(wb, "limits.xlsx");
    assertThat(OoxmlValidation.validate(file).problems()).isEmpty();

    String workbook = part(file, "xl/workbook.xml").replace("\"Other\"", "\"DATA\"");
    assertThat(problems("/w.xml", SML + "sheet.main+xml", workbook))
        .containsExactly("rule: sheet name 'DATA' is used twice (ignoring case)");
    String longName = part(file, "xl/workbook.xml").replace("\"Other\"", "\"Other: a sheet\"");
    assertThat(problems("/w.xml", SML + "sheet.main+xml", longName))
        .containsExactly("rule: 'Other: a sheet' is no sheet name Excel accepts");

    String strings = part(file, "xl/sharedStrings.xml").replace("<t>x", "<t>xx");
    assertThat(problems("/s.xml", SML + "sharedStrings+xml", strings))
        .containsExactly("rule: a cell text has 32768 characters");

    String header = part(file, "xl/worksheets/sheet1.xml").replace("&amp;Lh", "&amp;Lhh");
    assertThat(problems("/s.xml", SML + "worksheet+xml", header))
        .containsExactly("rule: oddHeader has 256 characters, more than 255");
  }

  @Test
  void excelRulesForDrawingsWantDistinctShapeIds() throws IOException {
    String chart = fixtureChart("lineChart");
    assertThat(chart).isNotEmpty();
    String drawing = part(dir.resolve("city.xlsx"), "xl/drawings/drawing1.xml");
    String type = "application/vnd.openxmlformats-officedocument.drawing+xml";
    assertThat(problems("/d.xml", type, drawing)).isEmpty();

    String twice = drawing.replaceFirst("cNvPr id=\"\\d+\"", "cNvPr id=\"1\"");
    twice = twice.replaceFirst("(cNvPr id=\"1\".*?cNvPr id=)\"\\d+\"", "$1\"1\"");
    assertThat(problems("/d.xml", type, twice)).containsExactly("rule: shape id 1 is used twice");
  }

  @Test
  void excelRulesForStylesWantEveryIndexToResolve() throws IOException {
    Path file = cityWorkbook();
    String styles = part(file, "xl/styles.xml");
    String type = SML + "styles+xml";
    assertThat(problems("/st.xml", type, styles)).isEmpty();
    assertThat(styles).contains("<cellStyle name=\"Title\"");

    // the last named style pointing one past the cell-style formats, as POI's putCellStyleXf
    // (which returns the new size, not the new index) made rbs write it
    int formats = count(styles, "cellStyleXfs");
    String last =
        styles.replaceFirst(
            "(<cellStyle name=\"[^\"]+\" xfId=\")\\d+(\"[^>]*/></cellStyles>)",
            "$1" + formats + "$2");
    assertThat(problems("/st.xml", type, last))
        .singleElement()
        .asString()
        .contains("cell style '")
        .contains(
            "has xfId " + formats + ", but the list it points into has " + formats + " items");

    String font = styles.replaceFirst("fontId=\"\\d+\"", "fontId=\"99\"");
    assertThat(problems("/st.xml", type, font))
        .containsExactly(
            "rule: cellStyleXfs xf 0 has fontId 99, but the list it points into has "
                + count(styles, "fonts")
                + " items");

    String format = styles.replaceFirst("(<cellXfs[^>]*><xf numFmtId=\")0\"", "$1" + "200\"");
    assertThat(problems("/st.xml", type, format))
        .containsExactly("rule: cellXfs xf 0 has numFmtId 200, which is not declared");

    String counted = styles.replaceFirst("<fills count=\"\\d+\"", "<fills count=\"1\"");
    assertThat(problems("/st.xml", type, counted))
        .containsExactly("rule: fills has count 1 but " + count(styles, "fills") + " items");
  }

  @Test
  void excelRulesForCellsWantTheirStyleAndSharedStringToExist() throws IOException {
    Path file = cityWorkbook();
    assertThat(OoxmlValidation.validate(file).problems()).isEmpty();
    String styles = part(file, "xl/styles.xml");
    String strings = part(file, "xl/sharedStrings.xml");
    Optional<Document> stylesDom = Optional.of(dom(styles));
    Optional<Document> stringsDom = Optional.of(dom(strings));
    String sheet = part(file, "xl/worksheets/sheet1.xml");
    assertThat(ExcelRules.cellReferences(dom(sheet), stylesDom, stringsDom)).isEmpty();

    int formats = count(styles, "cellXfs");
    String style = sheet.replaceFirst("(<c r=\"A1\"[^>]*? s=\")\\d+\"", "$1" + formats + "\"");
    assertThat(ExcelRules.cellReferences(dom(style), stylesDom, stringsDom))
        .containsExactly(
            "rule: cell A1 has style " + formats + ", but there are " + formats + " cell formats");
    // a sheet without a styles part has the default format only
    assertThat(ExcelRules.cellReferences(dom(sheet), Optional.empty(), stringsDom))
        .anyMatch(m -> m.endsWith("but there are 1 cell formats"));

    int items = count(strings, "sst", "uniqueCount");
    String string = sheet.replaceFirst("(<c r=\"A1\"[^>]*><v>)\\d+<", "$1" + items + "<");
    assertThat(ExcelRules.cellReferences(dom(string), stylesDom, stringsDom))
        .containsExactly(
            "rule: cell A1 refers to shared string '" + items + "', but there are " + items);
    String column =
        sheet.replaceFirst("<col min=\"1\" ", "<col style=\"" + formats + "\" min=\"1\" ");
    assertThat(ExcelRules.cellReferences(dom(column), stylesDom, stringsDom))
        .containsExactly(
            "rule: column 1 has style " + formats + ", but there are " + formats + " cell formats");
  }

  @Test
  void excelRulesForSheetsWantCellsInOrderAndNamesOnExistingSheets() throws IOException {
    Path file = cityWorkbook();
    String sheet = part(file, "xl/worksheets/sheet1.xml");
    String type = SML + "worksheet+xml";
    assertThat(problems("/s.xml", type, sheet)).isEmpty();

    String swapped =
        sheet.replaceFirst("(<c r=\"A4\"[^>]*>.*?</c>)(<c r=\"B4\"[^>]*>.*?</c>)", "$2$1");
    assertThat(swapped).isNotEqualTo(sheet);
    assertThat(problems("/s.xml", type, swapped))
        .containsExactly("rule: cell A4 comes after a cell of a later column");
    String moved = sheet.replaceFirst("<c r=\"A4\"", "<c r=\"A5\"");
    assertThat(problems("/s.xml", type, moved)).containsExactly("rule: cell A5 is in row 4");
    String rows = sheet.replaceFirst("<row r=\"3\"", "<row r=\"5\"");
    assertThat(problems("/s.xml", type, rows)).contains("rule: row 4 comes after row 5");

    String workbook = part(file, "xl/workbook.xml");
    String named = SML + "sheet.main+xml";
    assertThat(workbook).contains("localSheetId=");
    assertThat(problems("/w.xml", named, workbook)).isEmpty();
    String dangling = workbook.replaceFirst("localSheetId=\"\\d+\"", "localSheetId=\"99\"");
    assertThat(problems("/w.xml", named, dangling))
        .singleElement()
        .asString()
        .contains("belongs to sheet 99, but there are");
  }

  private static Document dom(String xml) {
    return PackageRules.dom(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static int count(String part, String list) {
    return count(part, list, "count");
  }

  private static int count(String part, String list, String attribute) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<" + list + "[^>]* " + attribute + "=\"(\\d+)\"")
            .matcher(part);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
