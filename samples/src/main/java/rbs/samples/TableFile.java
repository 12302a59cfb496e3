package rbs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One extract being written the way a district's system would export it: CSV in some encoding,
 * delimiter, date and yes/no style, or an Excel workbook with real date cells.
 */
final class TableFile {

  /** How a CSV export writes its values. */
  record CsvStyle(
      Charset charset,
      boolean bom,
      char delimiter,
      DateTimeFormatter dates,
      String yes,
      String no) {}

  private final Path file;
  private final CsvStyle csv; // null for workbooks
  private final String sheetName;
  private final List<Object[]> rows = new ArrayList<>();

  private TableFile(Path file, CsvStyle csv, String sheetName) {
    this.file = file;
    this.csv = csv;
    this.sheetName = sheetName;
  }

  static TableFile csv(Path file, CsvStyle style) {
    return new TableFile(file, style, "");
  }

  static TableFile workbook(Path file, String sheetName) {
    return new TableFile(file, null, sheetName);
  }

  void row(Object... cells) {
    rows.add(cells);
  }

  void write() {
    try {
      Files.createDirectories(file.getParent());
      if (csv != null) {
        writeCsv();
      } else {
        writeWorkbook();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeCsv() throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(csv.delimiter()).setRecordSeparator("\r\n").get();
    try (Writer w = Files.newBufferedWriter(file, csv.charset())) {
      if (csv.bom()) {
        w.write('\uFEFF');
      }
      for (Object[] r : rows) {
        List<String> cells = new ArrayList<>();
        for (Object c : r) {
          cells.add(csvText(c));
        }
        w.write(format.format(cells.toArray()));
        w.write("\r\n");
      }
    }
  }

  /** POI stamps zip entries with the current time; the same sample must give the same bytes. */
  private static void fixZipTimes(byte[] zip, OutputStream out) throws IOException {
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
  }

  /** 2015-01-01T00:00 local time, for zip entry times. */
  private static final long FIXED_TIME = 1420070400000L;

  private String csvText(Object c) {
    if (c == null) {
      return "";
    }
    if (c instanceof LocalDate) {
      return csv.dates().format((LocalDate) c);
    }
    if (c instanceof Boolean) {
      return (Boolean) c ? csv.yes() : csv.no();
    }
    if (c instanceof Double && csv.delimiter() == ';') {
      return c.toString().replace('.', ',');
    }
    return c.toString();
  }

  private void writeWorkbook() throws IOException {
    boolean xls = file.getFileName().toString().endsWith(".xls");
    try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
      if (wb instanceof XSSFWorkbook) {
        ((XSSFWorkbook) wb)
            .getProperties()
            .getCoreProperties()
            .setCreated(java.util.Optional.of(new java.util.Date(0)));
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = wb.createSheet(sheetName);
      for (int i = 0; i < rows.size(); i++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(i);
        Object[] r = rows.get(i);
        for (int j = 0; j < r.length; j++) {
          Object c = r[j];
          if (c == null) {
            continue;
          }
          org.apache.poi.ss.usermodel.Cell cell = row.createCell(j);
          if (c instanceof LocalDate) {
            cell.setCellValue((LocalDate) c);
            cell.setCellStyle(date);
          } else if (c instanceof Number) {
            cell.setCellValue(((Number) c).doubleValue());
          } else if (c instanceof Boolean) {
            cell.setCellValue((Boolean) c ? "Ja" : "Nej");
          } else {
            cell.setCellValue(c.toString());
          }
        }
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      wb.write(bytes);
      try (OutputStream out = Files.newOutputStream(file)) {
        if (xls) {
          bytes.writeTo(out);
        } else {
          fixZipTimes(bytes.toByteArray(), out);
        }
      }
    }
  }
}
