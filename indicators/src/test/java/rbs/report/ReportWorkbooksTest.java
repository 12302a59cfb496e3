package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbooksTest {

  /** Texts that share or must not share an entry: spaces, case, a run of formatting. */
  private static final List<String> TEXTS =
      List.of(
          "Bromma", "bromma", "Bromma", " Bromma", "Bromma ", " Bromma", "", "a&b<c>", "Bromma");

  private static byte[] written(Supplier<XSSFWorkbook> create) throws IOException {
    try (XSSFWorkbook wb = create.get()) {
      XSSFSheet sheet = wb.createSheet("s");
      for (int i = 0; i < TEXTS.size(); i++) {
        sheet.createRow(i).createCell(0).setCellValue(TEXTS.get(i));
      }
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      for (int i = 0; i < 2; i++) {
        // a rich text with the same characters as a plain one is another entry
        XSSFRichTextString rich = new XSSFRichTextString("Bromma");
        rich.applyFont(0, 3, bold);
        sheet.getRow(i).createCell(1).setCellValue(rich);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no part " + name);
  }

  @Test
  void sharedStringsAndSheetAreThoseOfAPlainPoiWorkbook() throws IOException {
    byte[] ours = written(ReportWorkbooks::create);
    byte[] poi = written(XSSFWorkbook::new);

    assertThat(new String(part(ours, "xl/sharedStrings.xml"), StandardCharsets.UTF_8))
        .isEqualTo(new String(part(poi, "xl/sharedStrings.xml"), StandardCharsets.UTF_8));
    assertThat(part(ours, "xl/worksheets/sheet1.xml"))
        .isEqualTo(part(poi, "xl/worksheets/sheet1.xml"));
  }

  @Test
  void repeatedTextsShareOneEntryAndReadBackUnchanged() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(written(ReportWorkbooks::create)))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      for (int i = 0; i < TEXTS.size(); i++) {
        Row row = sheet.getRow(i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(TEXTS.get(i));
      }
      // Bromma, bromma, " Bromma", "Bromma ", "", "a&b<c>" and the rich Bromma
      assertThat(wb.getSharedStringSource().getUniqueCount()).isEqualTo(7);
      assertThat(wb.getSharedStringSource().getCount()).isEqualTo(TEXTS.size() + 2);
      assertThat(sheet.getRow(1).getCell(1).getRichStringCellValue().numFormattingRuns())
          .isEqualTo(2);
    }
  }
}
