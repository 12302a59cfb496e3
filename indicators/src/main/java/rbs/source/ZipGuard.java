package rbs.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import rbs.InputException;
import rbs.Location;

/**
 * Checks an xlsx archive before it is parsed: complete (not truncated), and no entry inflating
 * beyond sane limits (zip bombs), by actually inflating each entry and counting, since declared
 * sizes can lie.
 */
final class ZipGuard {

  /** Like POI's default: an entry may not inflate more than 100 times its compressed size… */
  static final int MAX_RATIO = 100;

  /** …once past this size (small entries compress very well and are harmless). */
  static final long RATIO_FREE_BYTES = 1L << 20;

  /** Total inflated bytes of one workbook. */
  static final long MAX_TOTAL = 2L << 30;

  private ZipGuard() {}

  static void check(Path file, String shown) throws IOException {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      byte[] buffer = new byte[64 * 1024];
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            inflated += n;
            total += n;
            if ((inflated > RATIO_FREE_BYTES && inflated > compressed * MAX_RATIO)
                || total > MAX_TOTAL) {
              throw InputException.invalid(
                  Location.of(shown),
                  "refused: the workbook's part "
                      + entry.getName()
                      + " inflates to more than "
                      + (total > MAX_TOTAL
                          ? (MAX_TOTAL >> 20) + " MB"
                          : MAX_RATIO + " times its size")
                      + " (a zip bomb?)");
            }
          }
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw InputException.invalid(
          Location.of(shown),
          "is not a complete xlsx workbook (the zip archive is truncated or damaged: "
              + e.getMessage()
              + ")");
    }
  }
}
