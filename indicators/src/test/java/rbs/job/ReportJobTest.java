package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.definition.ProgrammeReader;
import rbs.model.Comments;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Unit;
import rbs.output.ManifestInfo;
import rbs.report.ReportOptions;
import rbs.source.SourceReader;

class ReportJobTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2014-09-15T06:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  Path out;

  @BeforeEach
  void project() throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        programme: {id: p, name: P, municipality: Staden}
        districts: [Norr, Söder]
        sources:
          - name: s
            path: s.csv
            district: stadsdel
            date: datum
            monthly: true
            columns:
              - {name: stadsdel, type: district}
              - {name: datum, type: date}
        target_groups:
          - id: g
            name: G
            goals:
              - id: m
                text: M
                indicators: [{id: i, name: I, kind: count, source: s}]
        """,
        StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("stadsdel;datum\n");
    for (int m = 1; m <= 8; m++) {
      for (int k = 0; k < 6; k++) {
        csv.append(k % 2 == 0 ? "Norr" : "Söder").append(";2014-0").append(m).append("-10\n");
      }
    }
    Files.writeString(dir.resolve("s.csv"), csv.toString(), StandardCharsets.UTF_8);
    out = dir.resolve("out");
  }

  @Test
  void aRunThatFailsAtTheLastStepLeavesTheEarlierOutputsAsTheyWere() throws IOException {
    job(JobListener.SILENT).run(request(false));
    Map<String, byte[]> before = snapshot();
    assertThat(before)
        .containsKeys("results.csv", "manifest.json", "rejects.csv", "p-2014-T2-norr.xlsx");

    Files.writeString(
        dir.resolve("s.csv"), "stadsdel;datum\nNorr;2014-01-10\n", StandardCharsets.UTF_8);
    JobListener dies =
        new JobListener() {
          @Override
          public void phase(String name) {
            if (name.equals("publish")) {
              throw new IllegalStateException("killed");
            }
          }
        };
    assertThat(
            catchThrowableOfType(IllegalStateException.class, () -> job(dies).run(request(false))))
        .hasMessage("killed");

    assertThat(snapshot()).containsOnlyKeys(before.keySet().toArray(String[]::new));
    snapshot().forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
    assertThat(OutputStagingTest.names(out.resolve("runs"))).hasSize(1);
  }

  @Test
  void aFullDiskWhileWritingAWorkbookOrChartIsAnEnvironmentErrorInWords() throws IOException {
    job(JobListener.SILENT).run(request(false));
    Map<String, byte[]> before = snapshot();
    for (String failing : List.of("workbook", "charts")) {
      OutputWriters full =
          new OutputWriters() {
            @Override
            public void results(Results results, Path file) {
              OutputWriters.STANDARD.results(results, file);
            }

            @Override
            public void workbook(
                Results r, Comments comments, Unit unit, ReportOptions options, Path file) {
              if (failing.equals("workbook") && unit.name().equals("Söder")) {
                throw new UncheckedIOException(new IOException("No space left on device"));
              }
              OutputWriters.STANDARD.workbook(r, comments, unit, options, file);
            }

            @Override
            public void charts(Results r, Unit unit, Path folder) {
              if (failing.equals("charts")) {
                throw new UncheckedIOException(new IOException("No space left on device"));
              }
              OutputWriters.STANDARD.charts(r, unit, folder);
            }

            @Override
            public void manifest(Results r, ManifestInfo info, Path file) {
              OutputWriters.STANDARD.manifest(r, info, file);
            }
          };
      ReportRequest withCharts =
          ReportRequest.builder(
                  dir.resolve("p.yaml"), ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15))
              .outDir(out)
              .pngCharts(true)
              .toolVersion("test")
              .build();

      InputException e =
          catchThrowableOfType(
              InputException.class,
              () ->
                  new ReportJob(JobListener.SILENT, CLOCK, SourceReader::forProgramme, full)
                      .run(withCharts));

      assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
      assertThat(e.getMessage())
          .isEqualTo(
              out
                  + ": cannot write "
                  + (failing.equals("workbook") ? "p-2014-T2-soder.xlsx" : "the charts of Norr")
                  + " (the earlier outputs are untouched): No space left on device");
      assertThat(snapshot()).containsOnlyKeys(before.keySet().toArray(String[]::new));
      assertThat(OutputStagingTest.names(out.resolve("runs"))).hasSize(1);
    }
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aRealNoSpaceLeftWhileWritingAWorkbookIsAnEnvironmentError() throws IOException {
    // /dev/full fails every write with ENOSPC: the workbook's temporary file is made a link to it
    java.util.function.Function<rbs.model.Programme, rbs.rows.SourceFeed> feeds =
        programme -> {
          try (Stream<Path> staging = Files.list(out.resolve("runs"))) {
            Path dir =
                staging
                    .filter(p -> p.getFileName().toString().startsWith(".staging-"))
                    .findFirst()
                    .orElseThrow();
            Files.createSymbolicLink(dir.resolve(".p-2014-T2-norr.xlsx.tmp"), Path.of("/dev/full"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return SourceReader.forProgramme(programme);
        };

    InputException e =
        catchThrowableOfType(
            InputException.class,
            () -> new ReportJob(JobListener.SILENT, CLOCK, feeds).run(request(false)));

    assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
    assertThat(e.getMessage())
        .isEqualTo(
            out
                + ": cannot write p-2014-T2-norr.xlsx (the earlier outputs are untouched): No"
                + " space left on device");
    assertThat(out.resolve("current")).doesNotExist();
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    Files.writeString(
        dir.resolve("s.csv"),
        "stadsdel;datum\nNorr;2014-01-10\nSöder;2014-01-11\nNorr;2014-02-10\n",
        StandardCharsets.UTF_8);

    InputException e =
        catchThrowableOfType(
            InputException.class, () -> job(JobListener.SILENT).run(request(true)));

    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    // the previous year, which the report compares with, has no data at all: also missing, one
    // line per month that no district delivered
    assertThat(e.problems())
        .extracting(p -> p.message())
        .contains(
            "source 's': no rows from any district for 2013-01..2013-08 (--strict)",
            "source 's': no rows from Söder for 2014-02 (--strict)",
            "source 's': no rows from any district for 2014-03..2014-08 (--strict)")
        .doesNotContain("source 's': no rows from Norr for 2013-01 (--strict)")
        .noneMatch(m -> m.startsWith("no data"));
    assertThat(out.resolve("current")).doesNotExist();
  }

  @Test
  void strictPointsEachWarningAtTheFileItConcernsElseAtTheProgramme() throws IOException {
    Files.writeString(
        dir.resolve("s.csv"),
        Files.readString(dir.resolve("s.csv")) + "Gotham;2014-03-10\n",
        StandardCharsets.UTF_8);
    List<Warning> warnings = new java.util.ArrayList<>();
    JobListener listener =
        new JobListener() {
          @Override
          public void warning(Warning warning) {
            warnings.add(warning);
          }
        };

    InputException e =
        catchThrowableOfType(InputException.class, () -> job(listener).run(request(true)));

    assertThat(warnings)
        .extracting(Warning::kind)
        .contains(Warning.Kind.REJECTED_ROWS, Warning.Kind.MISSING_DATA);
    assertThat(e.problems())
        .extracting(p -> p.toString())
        .contains(
            "s.csv: 1 of 49 rows rejected (see rejects.csv) (--strict)",
            dir.resolve("p.yaml")
                + ": source 's': no rows from any district for 2013-01..2013-08 (--strict)");
  }

  @Test
  void eachRunOfAJobTimesItsOwnPhases() throws IOException {
    ReportJob job = job(JobListener.SILENT);

    job.run(request(ReportPeriod.tertial(2014, 2), true, false));
    String published =
        Files.readString(out.resolve(OutputStaging.CURRENT).resolve("manifest.json"));
    job.run(request(ReportPeriod.tertial(2014, 2), false, false));
    String internal = Files.readString(out.resolve(OutputStaging.CURRENT).resolve("manifest.json"));

    assertThat(published).contains("\"disclosure control\" :");
    assertThat(internal).doesNotContain("disclosure control");
  }

  @Test
  void aReportWithoutAnyDataForItsYearSaysSoFirst() throws IOException {
    Files.writeString(
        dir.resolve("s.csv"), "stadsdel;datum\nNorr;2013-03-10\n", StandardCharsets.UTF_8);
    List<String> warnings = new java.util.ArrayList<>();
    JobListener listener =
        new JobListener() {
          @Override
          public void warning(Warning warning) {
            warnings.add(warning.toString());
          }
        };

    job(listener).run(request(false));

    assertThat(warnings.get(0))
        .isEqualTo(
            "no data for 2014-T2: every value of the report is missing or zero (are the extracts"
                + " for 2014 in place?)");
    // months nobody delivered in runs; March 2013 only Söder missed
    assertThat(warnings)
        .containsSubsequence(
            "source 's': no rows from any district for 2013-01..2013-02",
            "source 's': no rows from any district for 2013-04..2013-08",
            "source 's': no rows from any district for 2014-01..2014-08",
            "source 's': no rows from Söder for 2013-03");
  }

  @Test
  void tooManyRejectsFailTheRunAndKeepTheRejectedRowsBesideTheOutputs() throws IOException {
    Files.writeString(
        dir.resolve("s.csv"),
        "stadsdel;datum\nNorr;2014-01-10\nGotham;2014-01-11\n",
        StandardCharsets.UTF_8);

    InputException e =
        catchThrowableOfType(
            InputException.class, () -> job(JobListener.SILENT).run(request(false)));

    assertThat(e.problems().get(0).message()).contains("1 of 2 rows rejected");
    assertThat(Files.readString(out.resolve(ReportJob.FAILED_REJECTS)))
        .contains("s.csv,3,stadsdel,unknown district: 'Gotham'");
    assertThat(e.problems().get(1).toString())
        .isEqualTo(
            out.resolve(ReportJob.FAILED_REJECTS)
                + ": the rejected rows of this run (the earlier outputs are untouched)");
    assertThat(out.resolve("current")).doesNotExist();
  }

  @Test
  void aPublicationIsRecordedBesideTheProgrammeAndALaterOneAgreesWithIt() throws IOException {
    // Söder: 6 rows January to April, then 2 May to August (small)
    int[] soder = {2, 1, 2, 1, 1, 0, 1, 0};
    StringBuilder csv = new StringBuilder("stadsdel;datum\n");
    for (int m = 1; m <= 8; m++) {
      for (int k = 0; k < 10; k++) {
        csv.append("Norr;2014-0").append(m).append("-1").append(k).append("\n");
      }
      for (int k = 0; k < soder[m - 1]; k++) {
        csv.append("Söder;2014-0").append(m).append("-2").append(k).append("\n");
      }
    }
    Files.writeString(dir.resolve("s.csv"), csv.toString(), StandardCharsets.UTF_8);
    Path records = dir.resolve("publications").resolve("p");

    ReportSummary april =
        job(JobListener.SILENT).run(request(ReportPeriod.tertial(2014, 1), true, false));

    assertThat(records.resolve("2014-T1.csv"))
        .hasSameBinaryContentAs(out.resolve(OutputStaging.CURRENT).resolve("results.csv"));
    assertThat(april.results().publication().published()).isTrue();
    assertThat(Files.readString(out.resolve(OutputStaging.CURRENT).resolve("results.csv")))
        .contains("i,Söder,ytd,2014-01-01,2014-04-30,6,,,,");

    // a rerun of the same publication adds no record; the August one sees April's
    job(JobListener.SILENT).run(request(ReportPeriod.tertial(2014, 1), true, false));
    ReportSummary august =
        job(JobListener.SILENT).run(request(ReportPeriod.tertial(2014, 2), true, false));
    try (Stream<Path> files = Files.list(records)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("2014-T1.csv", "2014-T2.csv");
    }
    // alone, Söder's 8 for January to August gives nothing away; beside April's 6 it gives away
    // the 2 of May to August: withheld, and Norr's beside it
    assertThat(Files.readString(out.resolve(OutputStaging.CURRENT).resolve("results.csv")))
        .contains("i,Söder,ytd,2014-01-01,2014-08-31,,,,,not_assessable,not_comparable,..,")
        .contains("i,Norr,ytd,2014-01-01,2014-08-31,,,,,not_assessable,not_comparable,..,");
    assertThat(august.results().publication().summary().primary()).isZero();
    assertThat(Files.readString(out.resolve(OutputStaging.CURRENT).resolve("manifest.json")))
        .contains("\"mode\" : \"publish\"");
  }

  @Test
  void aProgrammeTheCallerReadIsNotReadAgain() throws IOException {
    Programme asRead = ProgrammeReader.read(dir.resolve("p.yaml"));
    // the file changes after the caller read it (into what is no programme)
    Files.writeString(dir.resolve("p.yaml"), "programme: [", StandardCharsets.UTF_8);
    ReportRequest.Builder builder =
        ReportRequest.builder(
                dir.resolve("p.yaml"), ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15))
            .outDir(out)
            .toolVersion("test");

    assertThat(
            catchThrowableOfType(
                InputException.class, () -> job(JobListener.SILENT).run(builder.build())))
        .isNotNull();
    job(JobListener.SILENT).run(builder.programmeAsRead(asRead).build());

    assertThat(snapshot()).containsKeys("results.csv", "p-2014-T2-norr.xlsx");
    assertThat(new String(snapshot().get("results.csv"), StandardCharsets.UTF_8)).contains("Norr");
  }

  @Test
  void aDryRunOrAnInternalRunRecordsNothing() {
    job(JobListener.SILENT).run(request(ReportPeriod.tertial(2014, 2), true, true));
    job(JobListener.SILENT).run(request(ReportPeriod.tertial(2014, 2), false, false));

    assertThat(dir.resolve("publications")).doesNotExist();
  }

  private ReportRequest request(ReportPeriod period, boolean publish, boolean dryRun) {
    return ReportRequest.builder(dir.resolve("p.yaml"), period, LocalDate.of(2014, 9, 15))
        .outDir(out)
        .publish(publish)
        .dryRun(dryRun)
        .toolVersion("test")
        .build();
  }

  private ReportJob job(JobListener listener) {
    return new ReportJob(listener, CLOCK, SourceReader::forProgramme);
  }

  private ReportRequest request(boolean strict) {
    return ReportRequest.builder(
            dir.resolve("p.yaml"), ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15))
        .outDir(out)
        .strict(strict)
        .toolVersion("test")
        .build();
  }

  /** What a reader of out/current sees: every file's bytes (empty when there is no current). */
  private Map<String, byte[]> snapshot() throws IOException {
    return snapshot(out);
  }

  static Map<String, byte[]> snapshot(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Path current = out.resolve(OutputStaging.CURRENT);
    if (!Files.exists(current)) {
      return files;
    }
    try (Stream<Path> all = Files.walk(current, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(current.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
