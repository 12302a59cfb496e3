package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.model.Source;

class BrokenFilesTest {

  @TempDir Path dir;

  private InputException failure(String name) {
    Source source = WorkbookReadingTest.source("data/" + name);
    SourceReader reader = new SourceReader(Fixtures.programme(dir, source), Fixtures.KEY);
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(() -> reader.feed(source, r -> {}, r -> {}));
    assertThat(t).isInstanceOf(InputException.class);
    return (InputException) t;
  }

  private byte[] xlsx() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      WorkbookReadingTest.fill(wb, false);
      wb.write(out);
      return out.toByteArray();
    }
  }

  private void put(String name, byte[] bytes) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.write(dir.resolve("data/" + name), bytes);
  }

  @Test
  void truncatedXlsxIsInvalid() throws IOException {
    byte[] whole = xlsx();
    put("a.xlsx", Arrays.copyOf(whole, whole.length / 2));
    InputException e = failure("a.xlsx");
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.getMessage())
        .startsWith("data/a.xlsx: is not a complete xlsx workbook (the zip archive is truncated");
  }

  @Test
  void encryptedWorkbookIsInvalidWithAClearMessage() throws Exception {
    byte[] plain = xlsx();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("hemligt");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(plain);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      put("a.xlsx", out.toByteArray());
    }
    InputException e = failure("a.xlsx");
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.getMessage())
        .isEqualTo(
            "data/a.xlsx: is password-protected (encrypted): save an unprotected copy of the"
                + " workbook");
  }

  @Test
  void xlsNamedXlsxIsNamed() throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      WorkbookReadingTest.fill(wb, false);
      wb.write(out);
      put("a.xlsx", out.toByteArray());
    }
    assertThat(failure("a.xlsx").getMessage())
        .isEqualTo(
            "data/a.xlsx: is an xls workbook (Excel 97-2003), not xlsx: give it the .xls extension"
                + " or declare format: xls");
  }

  @Test
  void textNamedXlsxIsNamed() throws IOException {
    put("a.xlsx", "Stadsdel;Datum\n".getBytes(UTF_8));
    assertThat(failure("a.xlsx").getMessage())
        .isEqualTo(
            "data/a.xlsx: is not an xlsx workbook (no zip archive): if it is CSV text, give it the"
                + " .csv extension or declare format: csv");
  }

  @Test
  void zipBombIsRefusedBeforeParsing() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    put("a.xlsx", bytes.toByteArray());
    InputException e = failure("a.xlsx");
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.getMessage())
        .isEqualTo(
            "data/a.xlsx: refused: the workbook's part xl/worksheets/sheet1.xml inflates to more"
                + " than 100 times its size (a zip bomb?)");
  }

  /** Replaces one part of a workbook zip, keeping the others. */
  private static byte[] withPart(byte[] workbook, String part, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(part) ? content.getBytes(UTF_8) : in.readAllBytes());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void entityExpansionInASheetIsRefusedNotExpanded() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String sheet =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
            + "</row></sheetData></worksheet>";
    put("a.xlsx", withPart(xlsx(), "xl/worksheets/sheet2.xml", sheet));
    InputException e = failure("a.xlsx");
    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.getMessage())
        .isEqualTo(
            "data/a.xlsx: refused: the workbook declares XML entities, which Excel never writes"
                + " (an entity-expansion attack?)");
  }

  @Test
  void missingSheetListsTheSheets() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Blad1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      put("a.xlsx", out.toByteArray());
    }
    assertThat(failure("a.xlsx").getMessage())
        .isEqualTo("data/a.xlsx: has no sheet named 'Data'; its sheets are: Blad1");
  }

  @Test
  void unclosedQuoteInCsvNamesTheLine() throws IOException {
    put(
        "a.csv",
        "Stadsdel;Pnr;Datum\nBromma;121212-1212;2013-01-02\n\"Bromma;1;2\n".getBytes(UTF_8));
    Source source = Fixtures.source("data/*.csv");
    SourceReader reader = new SourceReader(Fixtures.programme(dir, source), Fixtures.KEY);
    assertThatThrownBy(() -> reader.feed(source, r -> {}, r -> {}))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("data/a.csv:3: broken CSV (a quote not closed or misplaced?)");
  }
}
