package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.model.ReportPeriod;
import rbs.report.OoxmlValidation;
import rbs.source.SourceReader;

/**
 * Every workbook the bundled sample produces is valid against the ECMA-376 schemas and Excel's
 * rules beyond them ({@link OoxmlValidation}): what Excel opens without offering to repair it. Each
 * case writes a set of workbooks; a new kind of workbook (e.g. comment forms) is one more line in
 * {@link #cases()}.
 */
class WorkbooksAreValidOoxmlIT {

  /** Writes workbooks into a folder and returns them. */
  interface Writer {
    List<Path> write(Path sample, Path out) throws IOException;
  }

  record Case(String name, Writer writer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("2014-T2 internal", report("sv", ReportPeriod.tertial(2014, 2), false)),
        new Case("2014-T2 published", report("sv", ReportPeriod.tertial(2014, 2), true)),
        new Case("2014 annual internal", report("sv", ReportPeriod.annual(2014), false)),
        new Case("2014 annual published", report("sv", ReportPeriod.annual(2014), true)),
        new Case("English 2014-T2 internal", report("en", ReportPeriod.tertial(2014, 2), false)),
        new Case("English 2014 annual published", report("en", ReportPeriod.annual(2014), true)));
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyPartOfEveryWorkbookIsValid(Case c) throws IOException {
    Path sample = copyOfTheSample(dir.resolve("sample"));
    List<Path> workbooks = c.writer().write(sample, dir.resolve("out"));

    assertThat(workbooks).as("the city and its 14 districts").hasSize(15);
    List<OoxmlValidation.Problem> problems = new ArrayList<>();
    int charts = 0;
    for (Path workbook : workbooks) {
      OoxmlValidation.Result result = OoxmlValidation.validate(workbook);
      problems.addAll(result.problems());
      charts += chartCount(workbook);
    }
    assertThat(charts).as("charts validated").isPositive();
    assertThat(problems).as("schema errors and broken Excel rules").isEmpty();
  }

  /**
   * The committed sample with {@code language: sv} as it is; with {@code en}, the same programme
   * with English labels.
   */
  static Writer report(String language, ReportPeriod period, boolean publish) {
    return (sample, out) -> {
      Path programme = sample.resolve("programme.yaml");
      String yaml = Files.readString(programme);
      assertThat(yaml).contains("  language: sv\n");
      Files.writeString(
          programme, yaml.replace("  language: sv\n", "  language: " + language + "\n"));
      LocalDate asOf = period.isAnnual() ? LocalDate.of(2015, 2, 15) : LocalDate.of(2014, 9, 15);
      Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      List<Path> written =
          new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
              .run(
                  ReportRequest.builder(programme, period, asOf)
                      .outDir(out)
                      .publish(publish)
                      .toolVersion("test")
                      .build())
              .written();
      List<Path> workbooks = written.stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
      try (XSSFWorkbook city = new XSSFWorkbook(Files.newInputStream(workbooks.get(0)))) {
        assertThat(city.getSheetName(0)).isEqualTo(language.equals("en") ? "Overview" : "Översikt");
      }
      return workbooks;
    };
  }

  static Path copyOfTheSample(Path target) throws IOException {
    Path source = Path.of("kvinnofrid");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  private static int chartCount(Path workbook) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
      int charts = 0;
      for (var sheet : wb) {
        var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch();
        charts += drawing == null ? 0 : drawing.getCharts().size();
      }
      return charts;
    }
  }
}
