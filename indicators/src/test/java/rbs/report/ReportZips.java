package rbs.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook's parts as the report's zip writes them, for comparing two workbooks part by part. */
final class ReportZips {

  private ReportZips() {}

  /**
   * Every part of the workbook, by name, as {@link WorkbookWriter.StampedZip} writes it: a report
   * workbook's charts, cells and package XML written as text, any other workbook's through POI. The
   * workbook's creation time is set to 1970 (two workbooks compared are made a moment apart).
   */
  static Map<String, String> parts(XSSFWorkbook book) throws IOException {
    book.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(Instant.EPOCH)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (book instanceof ReportWorkbooks.Book report) {
        report.save(bytes, 0L);
      } else {
        try (WorkbookWriter.StampedZip zip = new WorkbookWriter.StampedZip(bytes, 0L, Map.of())) {
          book.write(zip);
        }
      }
    } finally {
      book.getPackage().revert();
    }
    Map<String, String> parts = new TreeMap<>();
    try (ZipArchiveInputStream in =
        new ZipArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
