package rbs.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.app.Rbs;

/**
 * Issue 12: personnummer planted in every place an input can hold text never reach any output of
 * validate or report, internal or published: no file of the output folder (every part of every
 * workbook, the text chunks of every PNG, file names), no line of stdout, stderr or the run log.
 */
class PlantedPersonnummerIT {

  @TempDir Path dir;

  @Test
  void aRunWithRejectedRowsShowsNoPersonnummer() throws IOException {
    HostileProject project = HostileProject.rows(projectDir(), "{max_share: 0.9}");
    Scan scan = new Scan(project);

    scan.runAll(0);

    assertThat(scan.leaks).isEmpty();
    // the planted rows were read and rejected, not skipped: 4 + 1 in the CSV files, 5 per workbook
    assertThat(scan.rejectRows("internal")).isEqualTo(15);
  }

  @Test
  void aRunFailingOnItsRejectsShowsNoPersonnummer() throws IOException {
    HostileProject project = HostileProject.rows(projectDir(), "{max_rows: 1}");
    Scan scan = new Scan(project);

    scan.runAll(3);

    assertThat(scan.leaks).isEmpty();
    assertThat(scan.stderr).contains("rejects-failed.csv");
  }

  @Test
  void aRunFailingOnItsHeadersAndSheetsShowsNoPersonnummer() throws IOException {
    HostileProject project = HostileProject.headers(projectDir());
    Scan scan = new Scan(project);

    scan.runAll(3);

    assertThat(scan.leaks).isEmpty();
    assertThat(scan.stderr).contains("utan-rubrik.csv", "data.xlsx", "data.xls");
  }

  /**
   * The project's own folder is named by a personnummer too: the programme's path is in messages,
   * the manifest and the run log.
   */
  private Path projectDir() {
    return dir.resolve("project-" + Personnummer.dashed(PROJECT_FOLDER));
  }

  static final String PROJECT_FOLDER = Personnummer.of("19520325", 991);
  static final String OUT_FOLDER = Personnummer.of("19660612", 992);

  /** Runs the commands on a project and scans everything they wrote. */
  final class Scan {
    final HostileProject project;
    final List<String> leaks = new ArrayList<>();
    final StringBuilder stderr = new StringBuilder();

    final java.util.Map<String, String> planted;

    Scan(HostileProject project) {
      this.project = project;
      planted = new java.util.HashMap<>(project.planted);
      planted.put(Personnummer.short10(PROJECT_FOLDER), "the project folder's name");
      planted.put(Personnummer.short10(OUT_FOLDER), "the output folder's name");
    }

    void runAll(int expectedExit) throws IOException {
      String programme = project.dir.resolve("programme.yaml").toString();
      Path log = dir.resolve("runs.jsonl");
      run(expectedExit, "validate", programme);
      for (String mode : List.of("internal", "published")) {
        List<String> args =
            new ArrayList<>(
                List.of(
                    "report",
                    programme,
                    "--period",
                    "2014-T2",
                    "--as-of",
                    "2014-09-15",
                    "--out",
                    outDir(mode).toString(),
                    "--charts",
                    "png",
                    "--log-file",
                    log.toString()));
        if (mode.equals("published")) {
          args.add("--publish");
        }
        run(expectedExit, args.toArray(String[]::new));
        scanFolder(outDir(mode));
      }
      scanText("the run log", Files.readString(log, StandardCharsets.UTF_8));
    }

    private void run(int expectedExit, String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Rbs.run(new PrintWriter(out), new PrintWriter(err), args);
      String command = args[0] + (List.of(args).contains("--publish") ? " --publish" : "");
      scanText("stdout of " + command, out.toString());
      scanText("stderr of " + command, err.toString());
      stderr.append(err);
      assertThat(code).as("exit code of %s; stderr: %s", command, err).isEqualTo(expectedExit);
    }

    /** The output folder of a mode, named by a personnummer as an operator might. */
    Path outDir(String mode) {
      return dir.resolve(mode + "-" + Personnummer.short10(OUT_FOLDER));
    }

    /** Rows in the rejects.csv of an output folder (wherever in it the run put the file). */
    long rejectRows(String mode) throws IOException {
      try (Stream<Path> files = Files.walk(outDir(mode))) {
        Path rejects =
            files.filter(f -> f.getFileName().toString().equals("rejects.csv")).findFirst().get();
        return Files.readAllLines(rejects).size() - 1L;
      }
    }

    private void scanFolder(Path folder) throws IOException {
      if (!Files.exists(folder)) {
        return;
      }
      List<Path> files;
      try (Stream<Path> all = Files.walk(folder)) {
        files = all.sorted().toList();
      }
      for (Path f : files) {
        // the names rbs made inside the folder (the folder's own name is the operator's)
        String name = folder.relativize(f).toString();
        scanText("the file name " + name, name);
        if (!Files.isRegularFile(f)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        if (name.endsWith(".xlsx")) {
          scanZip(name, bytes);
        } else if (name.endsWith(".png")) {
          scanPng(name, bytes);
        } else {
          scanText(name, new String(bytes, StandardCharsets.UTF_8));
        }
      }
    }

    private void scanZip(String name, byte[] bytes) throws IOException {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          scanText(
              name + "!" + e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }

    /** The text chunks of a PNG (tEXt, zTXt, iTXt), where metadata would be. */
    private void scanPng(String name, byte[] bytes) throws IOException {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      in.skipBytes(8);
      int chunks = 0;
      while (in.available() > 0) {
        int length = in.readInt();
        String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
        byte[] data = in.readNBytes(length);
        in.skipBytes(4); // CRC
        chunks++;
        if (type.equals("tEXt") || type.equals("iTXt")) {
          scanText(name + " " + type, new String(data, StandardCharsets.ISO_8859_1));
        } else if (type.equals("zTXt")) {
          int nul = 0;
          while (data[nul] != 0) {
            nul++;
          }
          ByteArrayOutputStream text = new ByteArrayOutputStream();
          new InflaterInputStream(new ByteArrayInputStream(data, nul + 2, data.length - nul - 2))
              .transferTo(text);
          scanText(name + " zTXt", text.toString(StandardCharsets.ISO_8859_1));
        }
      }
      assertThat(chunks).as(name + " is a PNG").isGreaterThan(2);
    }

    private void scanText(String where, String text) {
      for (String found : Personnummer.findIn(text)) {
        leaks.add(
            where
                + ": "
                + found
                + " (planted as "
                + planted.getOrDefault(found, "a person of the good rows")
                + ")");
      }
    }
  }
}
