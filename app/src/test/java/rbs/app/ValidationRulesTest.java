package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A validation rule the sample breaks (known women ≤ offered ones: most women known are not offered
 * an effort in the same month) is counted as results.csv says, warned about, failed under --strict,
 * and listed in an internal report only.
 */
class ValidationRulesTest {

  @TempDir Path dir;

  private static final String RULE = "kvinnor-kanda <= kvinnor-erbjudna";

  private Path programme() throws IOException {
    Path file = SampleCopy.into(dir);
    Files.writeString(
        file,
        Files.readString(file) + "\nvalidation:\n  - {id: kanda-erbjudna, rule: '" + RULE + "'}\n");
    return file;
  }

  private static RbsTest.Run report(Path programme, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report",
                programme.toString(),
                "--period",
                "2014-T2",
                "--as-of",
                "2014-09-15",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return RbsTest.run(args.toArray(String[]::new));
  }

  /** How many unit-periods of results.csv have more women known than offered. */
  private static long brokenInResults(Path resultsCsv) throws IOException {
    Map<String, BigDecimal> known = new HashMap<>();
    Map<String, BigDecimal> offered = new HashMap<>();
    for (String line : Files.readAllLines(resultsCsv)) {
      String[] f = line.split(",", -1);
      // the indicators' own rows, not their breakdown categories' (column 14 names those)
      if (f[2].equals("forecast") || f[5].isEmpty() || !f[14].isEmpty()) {
        continue;
      }
      String key = f[1] + " " + f[3] + " " + f[4];
      if (f[0].equals("kvinnor-kanda")) {
        known.put(key, new BigDecimal(f[5]));
      } else if (f[0].equals("kvinnor-erbjudna")) {
        offered.put(key, new BigDecimal(f[5]));
      }
    }
    return known.entrySet().stream()
        .filter(e -> offered.containsKey(e.getKey()))
        .filter(e -> e.getValue().compareTo(offered.get(e.getKey())) > 0)
        .count();
  }

  private static String qualitySheetText(Path workbook) throws IOException {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Row row : wb.getSheet("Datakvalitet")) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            text.append(cell.getStringCellValue()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  @Test
  void aBrokenRuleIsCountedWarnedListedInternallyAndFailsAStrictRun() throws IOException {
    Path programme = programme();
    Path out = dir.resolve("out");
    RbsTest.Run run = report(programme, out);
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);

    long broken = brokenInResults(out.resolve("current/results.csv"));
    assertThat(broken).isPositive();
    assertThat(run.err())
        .contains("validation rule 'kanda-erbjudna' (" + RULE + ") fails for " + broken + " units");
    String manifest = Files.readString(out.resolve("current/manifest.json"));
    assertThat(manifest).contains("\"violations\" : " + broken).contains("\"broken\" : [");
    assertThat(qualitySheetText(out.resolve("current/kvinnofrid-2014-T2-stockholm.xlsx")))
        .contains("Regler mellan indikatorer som inte håller", "kanda-erbjudna: " + RULE);

    RbsTest.Run strict = report(programme, dir.resolve("strict"), "--strict");
    assertThat(strict.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(strict.err()).contains("validation rule 'kanda-erbjudna'").contains("(--strict)");
  }

  @Test
  void aPublishedReportSaysHowManyRulesBreakButNotWhere() throws IOException {
    Path programme = programme();
    Path out = dir.resolve("out");
    RbsTest.Run run = report(programme, out, "--publish");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    String manifest = Files.readString(out.resolve("current/manifest.json"));
    assertThat(manifest).contains("\"violations\" : ").doesNotContain("\"broken\"");
    assertThat(qualitySheetText(out.resolve("current/kvinnofrid-2014-T2-stockholm.xlsx")))
        .doesNotContain("kanda-erbjudna");
  }
}
