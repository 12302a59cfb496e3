package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.definition.ProgrammeReader;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.Source;

class SourceReaderTest {

  /**
   * Valid synthetic personnummer (Luhn) in both written forms, and one with a wrong check digit.
   */
  static final String PNR = "19850312-9804";

  static final String PNR_SHORT = "850312-9804";
  static final String PNR_BAD = "19850312-9803";

  @TempDir Path dir;
  Programme programme;
  final List<Row> rows = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @BeforeEach
  void programme() throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        String.join(
            "\n",
            "programme: {id: p, name: P, municipality: Staden}",
            "districts:",
            "  - {name: Södermalm, aliases: [Sodermalm]}",
            "  - {name: Enskede-Årsta-Vantör, aliases: [EÅV]}",
            "sources:",
            "  - name: s",
            "    path: data/*",
            "    district: stadsdel",
            "    date: datum",
            "    person: person",
            "    columns:",
            "      - {name: stadsdel, type: district, headers: [Stadsdel, SDF]}",
            "      - {name: person, type: person_id, headers: [Personnummer, Pnr]}",
            "      - {name: datum, type: date, headers: [Datum]}",
            "      - {name: belopp, type: decimal, headers: [Belopp], required: false}",
            "      - {name: aktiv, type: boolean, headers: [Aktiv], required: false}",
            "  - name: opt",
            "    path: none/*.csv",
            "    optional: true",
            "    district: stadsdel",
            "    date: datum",
            "    columns:",
            "      - {name: stadsdel, type: district}",
            "      - {name: datum, type: date}",
            "target_groups:",
            "  - id: g",
            "    name: G",
            "    goals:",
            "      - id: m",
            "        text: M",
            "        indicators: [{id: i, name: I, kind: count, source: s}]",
            ""),
        StandardCharsets.UTF_8);
    programme = ProgrammeReader.read(dir.resolve("p.yaml"));
    Files.createDirectories(dir.resolve("data"));
  }

  @Test
  void readsWindows1252SemicolonCsvWithSwedishNumbers() throws IOException {
    csv(
        "a.csv",
        Charset.forName("windows-1252"),
        "Stadsdel;Personnummer;Datum;Belopp;Aktiv",
        "Södermalms sdf;" + PNR + ";20140305;1 234,5;Ja",
        "södermalm;" + PNR_SHORT + ";2014-03-06;-3,25;n",
        "EÅV;" + PNR + ";2014-03-07 10:15;12\u00A0000;FALSKT");

    List<InputFile> files = read();

    assertThat(rejects).isEmpty();
    assertThat(files)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("data/a.csv");
              assertThat(f.rowsRead()).isEqualTo(3);
              assertThat(f.sha256()).hasSize(64);
            });
    assertThat(rows).extracting(Row::district).containsExactly(0, 0, 1);
    assertThat(rows)
        .extracting(Row::date)
        .containsExactly(
            LocalDate.of(2014, 3, 5), LocalDate.of(2014, 3, 6), LocalDate.of(2014, 3, 7));
    assertThat(rows)
        .extracting(r -> r.get(3))
        .containsExactly(
            new BigDecimal("1234.5"), new BigDecimal("-3.25"), new BigDecimal("12000"));
    assertThat(rows).extracting(r -> r.get(4)).containsExactly(true, false, false);
    assertThat(rows.get(0).person())
        .isEqualTo(rows.get(1).person())
        .isEqualTo(rows.get(2).person());
  }

  @Test
  void readsUtf8WithBomCommasAndQuotedLineBreaksCountingPhysicalLines() throws IOException {
    csv(
        "b.csv",
        StandardCharsets.UTF_8,
        "\uFEFFStadsdel,Pnr,Datum,Belopp",
        "Södermalm," + PNR + ",2014-01-02,\"\u22121,5\"",
        "\"Söder\nmalm\"," + PNR + ",2014-01-03,2",
        "Kungsholmen," + PNR + ",2014-01-04,2",
        "Södermalm," + PNR_BAD + ",2014-01-05,2",
        "Södermalm," + PNR + ",2014-02-30,2");

    read();

    // the quoted line break inside a name is part of one record, which starts on line 3
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(3)).isEqualTo(new BigDecimal("-1.5"));
    assertThat(rows.get(1).district()).isZero();
    assertThat(rejects)
        .extracting(r -> r.row() + " " + r.column() + ": " + r.reason())
        .containsExactly(
            "5 Stadsdel: unknown district 'Kungsholmen' (add the spelling as an alias in the programme)",
            "6 Pnr: not a valid personnummer or samordningsnummer (value withheld)",
            "7 Datum: not a date: '2014-02-30'");
    assertThat(rejects.toString()).doesNotContain("9803").doesNotContain("850312");
  }

  @Test
  void readsTabSeparatedText() throws IOException {
    csv(
        "c.txt",
        StandardCharsets.UTF_8,
        "Stadsdel\tPersonnummer\tDatum",
        "Södermalm\t" + PNR + "\t2014-05-01");

    read();

    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2014, 5, 1)));
  }

  @Test
  void readsXlsxWithDateCellsInBothDateSystems() throws IOException {
    workbook("d.xlsx", new XSSFWorkbook(), false);
    XSSFWorkbook mac = new XSSFWorkbook();
    mac.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
    workbook("e.xlsx", mac, true);

    read();

    assertThat(rejects).isEmpty();
    assertThat(rows)
        .extracting(Row::date)
        .containsExactly(
            LocalDate.of(2014, 3, 5),
            LocalDate.of(2014, 3, 6),
            LocalDate.of(2014, 3, 5),
            LocalDate.of(2014, 3, 6));
    assertThat(rows)
        .extracting(r -> ((BigDecimal) r.get(3)).stripTrailingZeros())
        .containsExactly(
            new BigDecimal("2.5"), new BigDecimal("5"), new BigDecimal("2.5"), new BigDecimal("5"));
  }

  @Test
  void readsXls() throws IOException {
    workbook("f.xls", new HSSFWorkbook(), false);

    List<InputFile> files = read();

    assertThat(files).singleElement().satisfies(f -> assertThat(f.rowsUsed()).isEqualTo(2));
    assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2014, 3, 5));
  }

  @Test
  void namesTheMissingHeaderAndTheFileAndRow() throws IOException {
    csv("g.csv", StandardCharsets.UTF_8, "Stadsdel;Datum", "Södermalm;2014-01-01");

    InputException e = catchThrowableOfType(InputException.class, this::read);

    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "data/g.csv:1: source 's': header lacks the column(s) Personnummer / Pnr (found: Stadsdel, Datum)");
  }

  @Test
  void refusesFilesWhoseContentIsNotWhatTheirNameSays() throws IOException {
    workbook("h.xlsx", new XSSFWorkbook(), false);
    Files.move(dir.resolve("data/h.xlsx"), dir.resolve("data/h.csv"));
    assertThat(message())
        .isEqualTo("data/h.csv: is an Excel workbook (xlsx), not CSV: name it .xlsx");
    Files.delete(dir.resolve("data/h.csv"));

    workbook("i.xls", new HSSFWorkbook(), false);
    Files.move(dir.resolve("data/i.xls"), dir.resolve("data/i.xlsx"));
    assertThat(message())
        .startsWith(
            "data/i.xlsx: is not an xlsx workbook: a password-protected workbook or an old .xls");
    Files.delete(dir.resolve("data/i.xlsx"));

    workbook("j.xlsx", new XSSFWorkbook(), false);
    byte[] whole = Files.readAllBytes(dir.resolve("data/j.xlsx"));
    Files.write(dir.resolve("data/j.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    assertThat(message())
        .startsWith("data/j.xlsx: not a complete xlsx workbook (damaged or truncated?)");
  }

  @Test
  void missingFilesAreAnErrorUnlessTheSourceIsOptional() {
    InputException e = catchThrowableOfType(InputException.class, this::read);
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
    assertThat(e.problems().get(0).message()).startsWith("source 's': no file matches 'data/*'");

    Source optional = programme.source("opt").orElseThrow();
    assertThat(new SourceReader(programme, new byte[32]).feed(optional, rows::add, rejects::add))
        .isEmpty();
  }

  private String message() {
    rows.clear();
    return catchThrowableOfType(InputException.class, this::read).problems().get(0).toString();
  }

  private List<InputFile> read() {
    return new SourceReader(programme, new byte[32])
        .feed(programme.source("s").orElseThrow(), rows::add, rejects::add);
  }

  private void csv(String name, Charset charset, String... lines) throws IOException {
    Files.write(
        dir.resolve("data").resolve(name), (String.join("\r\n", lines) + "\r\n").getBytes(charset));
  }

  private void workbook(String name, Workbook wb, boolean date1904) throws IOException {
    try (wb) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = wb.createSheet("Blad1");
      String[] header = {"Stadsdel", "Personnummer", "Datum", "Belopp"};
      var h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 1; r <= 2; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue(r == 1 ? "Södermalm" : "EÅV");
        row.createCell(1).setCellValue(PNR);
        var d = row.createCell(2);
        LocalDate day = LocalDate.of(2014, 3, 4 + r);
        if (date1904) {
          // days since 1 January 1904, as a Mac workbook stores them
          d.setCellValue(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), day));
        } else {
          d.setCellValue(day);
        }
        d.setCellStyle(date);
        if (r == 1) {
          row.createCell(3).setCellValue(2.5);
        } else {
          row.createCell(3).setCellFormula("2*2.5");
          wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve("data").resolve(name))) {
        wb.write(out);
      }
    }
  }
}
