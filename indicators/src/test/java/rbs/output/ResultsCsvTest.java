package rbs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {

  @Test
  void writesSortedRowsWithPlainNumbersAndDefusedText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("results.csv");
    ResultsCsv.write(OutputFixtures.results(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "indicator,district,period,from,to,value,numerator,denominator,target,status,trend,"
                + "flag,incomplete,trend_without,breakdown,category\n"
                + "count,'=Evil,ytd,2014-01-01,2014-04-30,,,,,not_assessable,not_comparable,-,"
                + "false,,,\n"
                + "count,Stad,ytd,2014-01-01,2014-04-30,1000,,,400,met,worse,,true,'=Evil;Norr,,\n"
                + "share,Stad,ytd,2014-01-01,2014-04-30,66.6666666667,2,3,70,partly,better,,"
                + "false,,,\n");
  }

  @Test
  void defusesFormulaStartsOnly() {
    assertThat(CsvCells.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(CsvCells.text("+1")).isEqualTo("'+1");
    assertThat(CsvCells.text("-x")).isEqualTo("'-x");
    assertThat(CsvCells.text("@x")).isEqualTo("'@x");
    assertThat(CsvCells.text("Södermalm")).isEqualTo("Södermalm");
    assertThat(CsvCells.text("")).isEmpty();
  }
}
