package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.job.CommentsJob;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.job.ReportSummary;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * Ekerö's annual follow-up end to end: one municipality, tiny counts. The internal report has the
 * seed's numbers; the published one withholds the small counts and still shows the rest.
 */
class EkeroSampleIT {

  static final Path SAMPLE = Path.of("ekero");

  @TempDir Path out;

  /** The 2015 register as this test reads it: [persons, children, akut, other, freda, rows]. */
  static long[] register2015() throws IOException {
    List<String> lines =
        Files.readAllLines(
            SAMPLE.resolve("data/utredningar/utredningar-2015.csv"),
            Charset.forName("windows-1252"));
    Set<String> persons = new HashSet<>();
    Set<String> akut = new HashSet<>();
    Set<String> other = new HashSet<>();
    long children = 0;
    long freda = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(";", -1);
      persons.add(c[1]);
      children += Long.parseLong(c[2]);
      freda += c[3].equals("J") ? 1 : 0;
      if (c[4].equals("akutlägenhet")) {
        akut.add(c[1]);
      } else if (!c[4].isEmpty()) {
        other.add(c[1]);
      }
    }
    return new long[] {
      persons.size(), children, akut.size(), other.size(), freda, lines.size() - 1
    };
  }

  static ReportSummary run(Path programme, Path dir, boolean publish) {
    Clock clock = Clock.fixed(Instant.parse("2016-02-15T06:00:00Z"), ZoneOffset.UTC);
    return new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(programme, ReportPeriod.annual(2015), LocalDate.of(2016, 2, 15))
                .outDir(dir)
                .publish(publish)
                .toolVersion("test")
                .build());
  }

  @Test
  void theInternalAnnualReportHasTheSeedsNumbers() throws IOException {
    ReportSummary s = run(SAMPLE.resolve("programme.yaml"), out, false);

    assertThat(s.written().stream().filter(p -> p.toString().endsWith(".xlsx"))).hasSize(1);
    Map<String, String[]> r = MottagningSampleIT.results(out.resolve("current"));
    long[] expected = register2015();
    // the seed: nine persons, 13 children, two granted an emergency flat, two other housing
    assertThat(expected).startsWith(9, 13, 2, 2);
    assertThat(r.get("utredda,Ekerö,year,2015-01-01")[5]).isEqualTo(String.valueOf(expected[0]));
    assertThat(r.get("medfoljande-barn,Ekerö,year,2015-01-01")[5])
        .isEqualTo(String.valueOf(expected[1]));
    assertThat(r.get("beviljat-akut,Ekerö,year,2015-01-01")[5])
        .isEqualTo(String.valueOf(expected[2]));
    assertThat(r.get("beviljat-annat,Ekerö,year,2015-01-01")[5])
        .isEqualTo(String.valueOf(expected[3]));
    assertThat(r.get("freda,Ekerö,year,2015-01-01")[6]).isEqualTo(String.valueOf(expected[4]));
    assertThat(r.get("freda,Ekerö,year,2015-01-01")[7]).isEqualTo(String.valueOf(expected[5]));
    assertThat(r.get("akutlagenheter,Ekerö,year,2015-01-01")[5]).isEqualTo("3");
    // targets set in December for the next year are keyed by year: 2015's applies to 2015
    assertThat(r.get("akutlagenheter,Ekerö,year,2015-01-01")[8]).isEqualTo("3");
    assertThat(r.get("akutlagenheter,Ekerö,year,2015-01-01")[9]).isEqualTo("met");
    // how many people were investigated is neither good nor bad: higher, not better
    assertThat(r.get("utredda,Ekerö,year,2015-01-01")[10]).isEqualTo("higher");
  }

  @Test
  void thePublishedAnnualReportWithholdsTheSmallCountsAndShowsTheRest(@TempDir Path project)
      throws IOException {
    Path programme = MottagningSampleIT.copy(SAMPLE, project);

    run(programme, out, true);

    Path current = out.resolve("current");
    Map<String, String[]> r = MottagningSampleIT.results(current);
    // a municipality followed up once a year publishes the year only
    assertThat(r.values()).allMatch(c -> c[2].equals("year"));
    for (String small : List.of("beviljat-akut", "beviljat-annat")) {
      String[] c = r.get(small + ",Ekerö,year,2015-01-01");
      assertThat(c[11]).isEqualTo("..");
      assertThat(c[5] + c[6] + c[7]).isEmpty();
    }
    // what can be shown is shown: nine persons, 13 children, three flats (no people), FREDA 9 of 9
    long[] expected = register2015();
    assertThat(r.get("utredda,Ekerö,year,2015-01-01")[5]).isEqualTo(String.valueOf(expected[0]));
    assertThat(r.get("medfoljande-barn,Ekerö,year,2015-01-01")[5]).isEqualTo("13");
    assertThat(r.get("akutlagenheter,Ekerö,year,2015-01-01")[5]).isEqualTo("3");
    assertThat(r.get("freda,Ekerö,year,2015-01-01")[5]).isEqualTo("100");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(current.resolve("ekero-2015-ekero.xlsx")))) {
      boolean dots = false;
      boolean described = false;
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              dots |= cell.getStringCellValue().equals("..");
              described |= cell.getStringCellValue().startsWith("Utredningar där Socialstyrelsens");
            }
          }
        }
      }
      assertThat(dots).isTrue();
      assertThat(described).as("the indicators' descriptions are in the workbook").isTrue();
    }
  }

  /** The narrative of the seed's annual follow-up, as Ekerö's social office would write it. */
  static final String NARRATIVE =
      "Samverkan: möte mellan kommunens beställare och utförare för boendestöd, LSS och äldreomsorg"
          + " har hållits om handlingsplanen. Kompetensutveckling: två medarbetare har gått"
          + " Länsstyrelsens spetsutbildning för att bli metodstödjare. Utredningsmetodik: våld"
          + " utreds med FREDA.";

  @Test
  void thePublishedAnnualReportCarriesTheUnitsNarrativeBesideItsWithheldCounts(
      @TempDir Path project, @TempDir Path forms) throws IOException {
    Path programme = MottagningSampleIT.copy(SAMPLE, project);
    Clock clock = Clock.fixed(Instant.parse("2016-02-01T06:00:00Z"), ZoneOffset.UTC);
    List<Path> written =
        new CommentsJob(JobListener.SILENT, clock, SourceReader::forProgramme)
            .run(
                ReportRequest.builder(
                        programme, ReportPeriod.annual(2015), LocalDate.of(2016, 2, 1))
                    .outDir(forms)
                    .toolVersion("test")
                    .build());
    assertThat(written).hasSize(1);
    // the social office types its narrative into the open analysis cell of the housing goal
    Path form = written.get(0);
    XSSFWorkbook filled;
    try (InputStream in = Files.newInputStream(form)) {
      filled = new XSSFWorkbook(in);
    }
    Sheet sheet = filled.getSheetAt(0);
    int analysis = column(sheet, "Analys");
    Row goal = rowOf(sheet, "boende");
    Cell cell = goal.getCell(analysis) == null ? goal.createCell(analysis) : goal.getCell(analysis);
    assertThat(cell.getCellStyle().getLocked()).as("the analysis cell is open").isFalse();
    cell.setCellValue(NARRATIVE);
    Path returned = project.resolve("kommentarer/2015/ekero.xlsx");
    Files.createDirectories(returned.getParent());
    try (OutputStream out = Files.newOutputStream(returned)) {
      filled.write(out);
    }
    filled.close();

    ReportSummary summary = run(programme, out, true);

    assertThat(summary.warnings()).noneMatch(w -> w.kind() == rbs.job.Warning.Kind.COMMENTS);
    Map<String, String[]> r = MottagningSampleIT.results(out.resolve("current"));
    assertThat(r.get("beviljat-akut,Ekerö,year,2015-01-01")[11]).isEqualTo("..");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            Files.newInputStream(out.resolve("current").resolve("ekero-2015-ekero.xlsx")))) {
      List<String> texts = new java.util.ArrayList<>();
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
              texts.add(c.getStringCellValue());
            }
          }
        }
      }
      assertThat(texts).contains("..");
      assertThat(texts).anyMatch(t -> t.contains(NARRATIVE));
    }
  }

  private static int column(Sheet sheet, String heading) {
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(heading)) {
          return c.getColumnIndex();
        }
      }
    }
    throw new AssertionError("no column " + heading);
  }

  /** The form's row of a goal or indicator, by its id in the hidden id column. */
  private static Row rowOf(Sheet sheet, String id) {
    for (Row row : sheet) {
      Cell c = row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + id);
  }
}
