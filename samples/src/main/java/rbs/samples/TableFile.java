package rbs.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One extract being written the way a district's system would export it: CSV in some encoding,
 * delimiter, date and yes/no style, or an Excel workbook with real date cells. Rows are written as
 * they come (xlsx through POI's streaming writer), so large samples need little memory.
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

  /** The most rows an .xls sheet holds. */
  static final int XLS_MAX_ROWS = 65_536;

  /** 2015-01-01T00:00 UTC, for zip entry times: the same sample gives the same bytes. */
  private static final long FIXED_TIME = 1420070400000L;

  private final Path file;
  private final CsvStyle csv; // null for workbooks
  private BufferedWriter writer;
  private CSVFormat format;
  private Workbook workbook;
  private Sheet sheet;
  private CellStyle dateStyle;
  private int rowIndex;

  private TableFile(Path file, CsvStyle csv, String sheetName) {
    this.file = file;
    this.csv = csv;
    try {
      Files.createDirectories(file.getParent());
      if (csv != null) {
        writer = Files.newBufferedWriter(file, csv.charset());
        if (csv.bom()) {
          writer.write('\uFEFF');
        }
        format = CSVFormat.DEFAULT.builder().setDelimiter(csv.delimiter()).get();
      } else {
        boolean xls = file.getFileName().toString().endsWith(".xls");
        workbook = xls ? new HSSFWorkbook() : new SXSSFWorkbook(200);
        if (workbook instanceof SXSSFWorkbook sxssf) {
          @SuppressWarnings("JavaUtilDate") // POI's document properties take a java.util.Date
          java.util.Date created = new java.util.Date(FIXED_TIME);
          sxssf
              .getXSSFWorkbook()
              .getProperties()
              .getCoreProperties()
              .setCreated(java.util.Optional.of(created));
        }
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        sheet = workbook.createSheet(sheetName);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TableFile csv(Path file, CsvStyle style) {
    return new TableFile(file, style, "");
  }

  static TableFile workbook(Path file, String sheetName) {
    return new TableFile(file, null, sheetName);
  }

  void row(Object... cells) {
    try {
      if (writer != null) {
        List<String> texts = new ArrayList<>(cells.length);
        for (Object c : cells) {
          texts.add(csvText(c));
        }
        writer.write(format.format(texts.toArray()));
        writer.write("\r\n");
      } else {
        if (workbook instanceof HSSFWorkbook && rowIndex >= XLS_MAX_ROWS) {
          throw new IllegalStateException(file + ": an .xls sheet holds at most 65,536 rows");
        }
        workbookRow(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void workbookRow(Object[] r) {
    org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowIndex++);
    for (int j = 0; j < r.length; j++) {
      Object c = r[j];
      if (c == null) {
        continue;
      }
      org.apache.poi.ss.usermodel.Cell cell = row.createCell(j);
      if (c instanceof LocalDate localDate) {
        cell.setCellValue(localDate);
        cell.setCellStyle(dateStyle);
      } else if (c instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (c instanceof Boolean b) {
        cell.setCellValue(b ? "Ja" : "Nej");
      } else {
        cell.setCellValue(c.toString());
      }
    }
  }

  /** Finishes the file. */
  void write() {
    try {
      if (writer != null) {
        writer.close();
        return;
      }
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        workbook.write(out);
      }
      workbook.close(); // also removes the streaming writer's temporary files
      if (workbook instanceof HSSFWorkbook) {
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return;
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fixZipTimes(temp, out);
      }
      Files.delete(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POI stamps zip entries with the current time; the same sample must give the same bytes. */
  private static void fixZipTimes(Path zip, OutputStream out) throws IOException {
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(zip.toFile());
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        z.putNextEntry(copy);
        try (java.io.InputStream part = in.getInputStream(e)) {
          part.transferTo(z);
        }
        z.closeEntry();
      }
    }
  }

  private String csvText(Object c) {
    if (c == null) {
      return "";
    }
    if (c instanceof LocalDate localDate) {
      return csv.dates().format(localDate);
    }
    if (c instanceof Boolean b) {
      return b ? csv.yes() : csv.no();
    }
    if (c instanceof Double && csv.delimiter() == ';') {
      return c.toString().replace('.', ',');
    }
    return c.toString();
  }
}
