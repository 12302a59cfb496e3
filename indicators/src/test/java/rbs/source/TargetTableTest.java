package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.Problem;
import rbs.definition.ProgrammeReader;
import rbs.model.Programme;
import rbs.model.Target;

class TargetTableTest {

  static final Path SEED = Path.of("../samples/kvinnofrid/programme.yaml");

  @TempDir Path dir;

  /** The sample programme in {@code dir}, naming {@code table} as its targets file. */
  private Programme programme(String table) throws IOException {
    String yaml = Files.readString(SEED, StandardCharsets.UTF_8);
    yaml = yaml.replaceAll("(?m)^  targets_file: .*\\n", "");
    yaml = yaml.replace("  language: sv\n", "  language: sv\n  targets_file: " + table + "\n");
    Path file = dir.resolve("programme.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ProgrammeReader.read(file);
  }

  private Programme withCsv(String csv) throws IOException {
    Files.writeString(dir.resolve("mål.csv"), csv, StandardCharsets.UTF_8);
    return programme("mål.csv");
  }

  private static List<Target> targets(Programme p, String indicator) {
    return p.indicator(indicator).orElseThrow().targets();
  }

  @Test
  void addsTheTablesTargetsToTheIndicatorsBesideTheProgrammesOwn() throws IOException {
    Programme read =
        TargetTable.apply(
            withCsv(
                """
                indikator;enhet;år;tertial;värde
                kvinnor-kanda;Södermalm;2014;;150
                kvinnor-kanda;Skärholmens sdf;2014;2;70
                kvinnor-andel-kunskap;Stockholm;2015;;85,5
                """));

    assertThat(targets(read, "kvinnor-kanda"))
        .contains(
            new Target(2014, Optional.empty(), Optional.empty(), new BigDecimal("1300")),
            new Target(2014, Optional.of("Södermalm"), Optional.empty(), new BigDecimal("150")),
            new Target(2014, Optional.of("Skärholmen"), Optional.of(2), new BigDecimal("70")));
    assertThat(targets(read, "kvinnor-andel-kunskap"))
        .contains(new Target(2015, Optional.empty(), Optional.empty(), new BigDecimal("85.5")));
  }

  @Test
  void readsAnXlsxTableWithEnglishHeadersAndNumberCells() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(dir.resolve("targets.xlsx"))) {
      Sheet sheet = wb.createSheet("Targets");
      Row head = sheet.createRow(0);
      String[] names = {"Indicator", "Unit", "Year", "Tertial", "Value"};
      for (int c = 0; c < names.length; c++) {
        head.createCell(c).setCellValue(names[c]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("barn-utredningar");
      row.createCell(1).setCellValue("Bromma");
      row.createCell(2).setCellValue(2014);
      row.createCell(4).setCellValue(95);
      wb.write(out);
    }

    Programme read = TargetTable.apply(programme("targets.xlsx"));

    assertThat(targets(read, "barn-utredningar"))
        .contains(new Target(2014, Optional.of("Bromma"), Optional.empty(), new BigDecimal("95")));
  }

  @Test
  void reportsEveryBadRowAtItsFileRowAndColumn() throws IOException {
    Programme p =
        withCsv(
            """
            indicator,unit,year,tertial,value
            kvinnor-okand,Bromma,2014,,10
            kvinnor-kanda,Gotham,2014,,10
            kvinnor-kanda,Bromma,tjugo,,10
            kvinnor-kanda,Bromma,2014,4,10
            kvinnor-kanda,Bromma,2014,,många
            kvinnor-kanda,Farsta,2014,,10
            kvinnor-kanda,Farsta sdf,2014,,12
            kvinnor-erbjudna,Södermalm,2014,,110
            """);

    assertThatThrownBy(() -> TargetTable.apply(p))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
              assertThat(e.problems())
                  .extracting(Problem::toString)
                  .containsExactly(
                      "mål.csv:2:1: unknown indicator 'kvinnor-okand'",
                      "mål.csv:3:2: unknown unit 'Gotham': name a district (or an alias) or the"
                          + " municipality 'Stockholm'",
                      "mål.csv:4:3: year: not a number: 'tjugo'",
                      "mål.csv:5:4: tertial must be 1 to 3, got 4",
                      "mål.csv:6:5: value: not a number: 'många'",
                      "mål.csv:8: the same target as at row 7 (kvinnor-kanda, Farsta, 2014)",
                      "mål.csv:9: this target (kvinnor-erbjudna, Södermalm, 2014) is also in the"
                          + " programme file: give each target in one place");
            });
  }

  @Test
  void aTableWithoutARequiredColumnIsAnErrorAtItsHeader() throws IOException {
    Programme p = withCsv("indikator;enhet;år\nkvinnor-kanda;Bromma;2014\n");

    assertThatThrownBy(() -> TargetTable.apply(p))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("mål.csv:1: missing column 'value'");
  }

  @Test
  void aTargetsFileThatIsNotThereIsAnErrorAtItsKey() {
    assertThatThrownBy(() -> programme("saknas.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageMatching(
            "(?s).*programme.yaml:\\d+:\\d+: programme: 'targets_file': no file"
                + " 'saknas.csv'.*");
  }
}
