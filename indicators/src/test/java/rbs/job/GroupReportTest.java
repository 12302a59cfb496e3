package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/** A group of districts end to end: its own workbook, its own rows, its own distinct persons. */
class GroupReportTest {

  @TempDir Path dir;

  @Test
  void aGroupGetsItsOwnWorkbookAndResultsRowsCountedFromItsMembersRecords() throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        programme: {id: p, name: P, municipality: Staden}
        districts: [Norr, Söder, Väster]
        groups:
          - {name: Mottagningen, members: [Norr, Söder]}
        sources:
          - name: s
            path: s.csv
            district: stadsdel
            date: datum
            person: person
            columns:
              - {name: stadsdel, type: district}
              - {name: datum, type: date}
              - {name: person, type: person_id}
        target_groups:
          - id: g
            name: G
            goals:
              - id: m
                text: M
                indicators:
                  - {id: n, name: N, kind: persons, source: s}
                  - {id: r, name: R, kind: count, source: s}
        """,
        StandardCharsets.UTF_8);
    // three synthetic personnummer (valid check digits); the first in Norr and Söder, the third
    // in Väster only
    String a = "19800101-0019";
    String b = "19800102-0026";
    String c = "19800103-0033";
    String csv =
        "stadsdel;datum;person\n"
            + ("Norr;2014-01-10;" + a + "\n")
            + ("Söder;2014-02-10;" + a + "\n")
            + ("Söder;2014-02-11;" + b + "\n")
            + ("Väster;2014-03-11;" + c + "\n")
            + ("Väster;2014-03-12;" + a + "\n");
    Files.writeString(dir.resolve("s.csv"), csv, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    new ReportJob(JobListener.SILENT, ReportJobTest.CLOCK, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(
                    dir.resolve("p.yaml"), ReportPeriod.tertial(2014, 1), LocalDate.of(2014, 9, 15))
                .outDir(out)
                .toolVersion("test")
                .build());

    Path current = out.resolve("current");
    assertThat(current.resolve("p-2014-T1-mottagningen.xlsx")).exists();
    try (InputStream in = Files.newInputStream(current.resolve("p-2014-T1-mottagningen.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getNumberOfSheets()).isPositive();
    }
    List<String> lines = Files.readAllLines(current.resolve("results.csv"));
    // persons a and b: two, not Norr's 1 + Söder's 2; records do add up: 1 + 2
    assertThat(value(lines, "n,Norr,ytd,")).isEqualTo("1");
    assertThat(value(lines, "n,Söder,ytd,")).isEqualTo("2");
    assertThat(value(lines, "n,Mottagningen,ytd,")).isEqualTo("2");
    assertThat(value(lines, "r,Mottagningen,ytd,")).isEqualTo("3");
    assertThat(value(lines, "n,Staden,ytd,")).isEqualTo("3");
    // the group's rows come after the districts' and before the whole's
    int group = indexOf(lines, "n,Mottagningen,ytd,");
    assertThat(group).isGreaterThan(indexOf(lines, "n,Väster,ytd,"));
    assertThat(group).isLessThan(indexOf(lines, "n,Staden,ytd,"));
  }

  private static String value(List<String> lines, String prefix) {
    String line = lines.get(indexOf(lines, prefix));
    return line.split(",", -1)[5];
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix) && lines.get(i).contains(",2014-01-01,2014-04-30,")) {
        return i;
      }
    }
    throw new AssertionError("no line " + prefix);
  }
}
