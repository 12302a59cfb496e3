package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.model.Source;
import rbs.rows.RowSink;

/**
 * An extract that changes while it is read (still being copied, or replaced by the next delivery)
 * fails the run naming it: numbers from half a file must not look like a result.
 */
class ChangingFilesTest {

  @TempDir Path dir;

  private static String csv(int rows) {
    StringBuilder text = new StringBuilder("Stadsdel;Personnummer;Datum\n");
    for (int i = 0; i < rows; i++) {
      text.append("Bromma;121212-1212;2013-04-05\n");
    }
    return text.toString();
  }

  private void read(String glob, RowSink sink) {
    Source source = Fixtures.source(glob);
    new SourceReader(Fixtures.programme(dir, source), Fixtures.KEY).feed(source, sink, r -> {});
  }

  /** A sink that runs an action on the file when the reader hands it the first row. */
  private static RowSink atFirstRow(Runnable change) {
    boolean[] done = {false};
    return row -> {
      if (!done[0]) {
        done[0] = true;
        change.run();
      }
    };
  }

  @Test
  void anExtractTruncatedWhileReadFailsTheRunNamingIt() throws IOException {
    Path file = Fixtures.write(dir, "data/a.csv", csv(50_000), UTF_8);

    assertThatThrownBy(() -> read("data/*.csv", atFirstRow(() -> truncate(file, 1_000))))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE))
        .hasMessage(
            "data/a.csv: changed while it was read (size or modification time); run again when"
                + " the extract is complete");
  }

  @Test
  void anExtractGrowingWhileReadFailsTheRunNamingIt() throws IOException {
    Path file = Fixtures.write(dir, "data/a.csv", csv(10), UTF_8);

    assertThatThrownBy(
            () ->
                read(
                    "data/*.csv",
                    atFirstRow(() -> append(file, "Bromma;121212-1212;2013-04-06\n"))))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("data/a.csv: changed while it was read");
  }

  @Test
  void aWorkbookReplacedWhileReadFailsTheRunNamingIt() throws IOException {
    Path file = dir.resolve("data/a.xlsx");
    Files.createDirectories(file.getParent());
    workbook(file, 10);

    assertThatThrownBy(() -> read("data/*.xlsx", atFirstRow(() -> workbook(file, 20))))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("data/a.xlsx: changed while it was read");
  }

  @Test
  void anExtractLeftAloneIsRead() throws IOException {
    Fixtures.write(dir, "data/a.csv", csv(10), UTF_8);
    int[] rows = {0};

    read("data/*.csv", row -> rows[0]++);

    assertThat(rows[0]).isEqualTo(10);
  }

  private static void truncate(Path file, long size) {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.truncate(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text, UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void workbook(Path file, int rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Data");
      String[] header = {"Stadsdel", "Personnummer", "Datum"};
      org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int r = 1; r <= rows; r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("Bromma");
        row.createCell(1).setCellValue("121212-1212");
        row.createCell(2).setCellValue("2013-04-05");
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
