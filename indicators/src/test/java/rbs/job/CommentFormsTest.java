package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.model.ReportPeriod;
import rbs.report.OoxmlValidation;
import rbs.source.SourceReader;

/**
 * The comment round trip: forms written, filled with POI as a unit would (open cells only),
 * returned into the programme's folder, read by the report and shown beside the figures; bad forms
 * give located warnings (errors under --strict).
 */
class CommentFormsTest {

  private static final ReportPeriod T2 = ReportPeriod.tertial(2014, 2);
  private static final LocalDate AS_OF = LocalDate.of(2014, 9, 15);

  @TempDir Path dir;
  private final List<Warning> warnings = new ArrayList<>();
  private final JobListener listener =
      new JobListener() {
        @Override
        public void warning(Warning warning) {
          warnings.add(warning);
        }
      };

  @BeforeEach
  void project() throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        programme: {id: p, name: P, municipality: Staden}
        comments: {folder: kommentarer}
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
            name: Gruppen
            goals:
              - id: m1
                text: Målet med mål
                indicators:
                  - id: i1
                    name: Antal med mål
                    kind: count
                    source: s
                    prorate: true
                    targets: [{year: 2014, district: Norr, value: 12}]
              - id: m2
                text: Målet utan mål
                indicators: [{id: i2, name: Antal utan mål, kind: count, source: s}]
        """,
        StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("stadsdel;datum\n");
    for (int y = 2013; y <= 2014; y++) {
      for (int m = 1; m <= 8; m++) {
        for (int k = 0; k < 4; k++) {
          csv.append(k % 2 == 0 ? "Norr" : "Söder")
              .append(";" + y + "-0")
              .append(m)
              .append("-10\n");
        }
      }
    }
    Files.writeString(dir.resolve("s.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void writesAFormPerUnitWithTheFiguresLockedAndTheAnalysisOpen() throws IOException {
    List<Path> forms = comments(T2, dir.resolve("forms"));

    assertThat(forms)
        .extracting(f -> f.getFileName().toString())
        .containsExactly(
            "p-2014-T2-norr-kommentarer.xlsx",
            "p-2014-T2-soder-kommentarer.xlsx",
            "p-2014-T2-staden-kommentarer.xlsx");
    try (Workbook wb = open(forms.get(0))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Kommentarer");
      assertThat(sheet.getProtect()).isTrue();
      assertThat(wb.isSheetVeryHidden(wb.getSheetIndex("rbs"))).isTrue();
      Row i1 = rowOf(sheet, "i1");
      // Norr's year to date: 2 rows a month for 8 months, target 12 × 8/12
      assertThat(i1.getCell(2).getNumericCellValue()).isEqualTo(16);
      assertThat(i1.getCell(4).getNumericCellValue()).isEqualTo(8);
      assertThat(i1.getCell(2).getCellStyle().getLocked()).isTrue();
      assertThat(i1.getCell(7).getCellStyle().getLocked()).isFalse();
      assertThat(i1.getCell(8).getCellStyle().getLocked()).isFalse();
      // the goal its indicators cannot judge asks for the unit's own assessment, the other not
      assertThat(rowOf(sheet, "m2").getCell(6).getCellStyle().getLocked()).isFalse();
      assertThat(rowOf(sheet, "m1").getCell(6)).isNull();
      assertThat(text(sheet)).contains("Internt – ej för publicering");
    }
  }

  @Test
  void theFilledFormsTextAppearsBesideTheFiguresInTheDistrictAndCityWorkbooks() throws IOException {
    List<Path> forms = comments(T2, dir.resolve("forms"));
    fill(
        forms.get(0),
        sheet -> {
          set(sheet, "i1", 7, "Fler kvinnor nåddes efter uppsökande arbete.");
          set(sheet, "i1", 8, "Vi fortsätter med uppsökande arbete.");
          set(sheet, "m2", 6, "Delvis uppfyllt");
          set(sheet, "m2", 7, "Målet saknar målvärde i år.");
        });
    fill(forms.get(2), sheet -> set(sheet, "m1", 7, "Stadens analys av målet."));
    returnForm(forms.get(0), T2);
    returnForm(forms.get(2), T2);

    ReportSummary summary = report(false);

    assertThat(warnings).noneMatch(w -> w.kind() == Warning.Kind.COMMENTS);
    Path current = dir.resolve("out/current");
    try (Workbook norr = open(current.resolve("p-2014-T2-norr.xlsx"))) {
      Sheet overview = norr.getSheet("Översikt");
      int i1 = rowWith(overview, "Antal med mål");
      assertThat(overview.getRow(i1 + 1).getCell(0).getStringCellValue())
          .isEqualTo(
              "Analys: Fler kvinnor nåddes efter uppsökande arbete.\n"
                  + "Åtgärder: Vi fortsätter med uppsökande arbete.");
      int m2 = rowWith(overview, "Målet utan mål");
      assertThat(overview.getRow(m2 + 1).getCell(0).getStringCellValue())
          .isEqualTo(
              "Analys: Målet saknar målvärde i år.\n" + "Enhetens egen bedömning: Delvis uppfyllt");
      Sheet group = norr.getSheet("Gruppen");
      assertThat(text(group)).contains("Analys: Fler kvinnor nåddes efter uppsökande arbete.");
      // a district's own words, not the city's
      assertThat(text(overview)).doesNotContain("Stadens analys");
      assertThat(norr.getSheet("Stadsdelarnas analys")).isNull();
    }
    try (Workbook soder = open(current.resolve("p-2014-T2-soder.xlsx"))) {
      assertThat(text(soder.getSheet("Översikt"))).doesNotContain("Analys:");
    }
    try (Workbook city = open(current.resolve("p-2014-T2-staden.xlsx"))) {
      Sheet overview = city.getSheet("Översikt");
      int m1 = rowWith(overview, "Målet med mål");
      assertThat(overview.getRow(m1 + 1).getCell(0).getStringCellValue())
          .isEqualTo("Analys: Stadens analys av målet.");
      Sheet gathered = city.getSheet("Stadsdelarnas analys");
      assertThat(gathered).isNotNull();
      int row = rowWith(gathered, "Antal med mål");
      assertThat(gathered.getRow(row).getCell(0).getStringCellValue()).isEqualTo("Norr");
      assertThat(gathered.getRow(row).getCell(2).getStringCellValue())
          .isEqualTo("Fler kvinnor nåddes efter uppsökande arbete.");
      assertThat(rowWith(gathered, "Målet med mål")).isLessThan(row);
      assertThat(rowWith(gathered, "Målet utan mål")).isGreaterThan(row);
    }
    assertThat(summary.warnings()).noneMatch(w -> w.kind() == Warning.Kind.COMMENTS);
    // the forms and the workbooks with the text open in Excel without the offer to repair them
    for (Path file :
        List.of(
            forms.get(0),
            current.resolve("p-2014-T2-norr.xlsx"),
            current.resolve("p-2014-T2-staden.xlsx"))) {
      assertThat(OoxmlValidation.validate(file).problems()).as(file.toString()).isEmpty();
    }
  }

  @Test
  void aPublishedReportShowsTheTextToo() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(form, sheet -> set(sheet, "i1", 7, "Analysen står kvar i publiceringen."));
    returnForm(form, T2);

    ReportRequest request =
        ReportRequest.builder(dir.resolve("p.yaml"), T2, AS_OF)
            .outDir(dir.resolve("out"))
            .publish(true)
            .toolVersion("test")
            .build();
    new ReportJob(listener, JobProject.CLOCK, SourceReader::forProgramme).run(request);

    // disclosure control withholds numbers, never the units' words
    assertThat(workbookText("p-2014-T2-norr.xlsx"))
        .contains("För publicering")
        .contains("Analys: Analysen står kvar i publiceringen.");
  }

  @Test
  void lastPeriodsAnalysisIsOfferedInTheNewForm() throws IOException {
    ReportPeriod t1 = ReportPeriod.tertial(2014, 1);
    List<Path> first = comments(t1, dir.resolve("forms-t1"));
    fill(first.get(1), sheet -> set(sheet, "i2", 7, "Analysen från T1."));
    returnForm(first.get(1), t1);

    List<Path> second = comments(T2, dir.resolve("forms-t2"));

    try (Workbook soder = open(second.get(1))) {
      assertThat(rowOf(soder.getSheetAt(0), "i2").getCell(7).getStringCellValue())
          .isEqualTo("Analysen från T1.");
    }
    try (Workbook norr = open(second.get(0))) {
      assertThat(text(norr.getSheetAt(0))).doesNotContain("Analysen från T1.");
    }
  }

  @Test
  void aChangedLockedCellRefusesTheFormNamingTheCell() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(
        form,
        sheet -> {
          set(sheet, "i1", 7, "Text.");
          rowOf(sheet, "i1").getCell(2).setCellValue(99);
        });
    returnForm(form, T2);
    int row = rowNumber(form, "i1");

    report(false);

    assertThat(commentWarnings())
        .containsExactly(
            "kommentarer/2014-T2/p-2014-T2-norr-kommentarer.xlsx:"
                + row
                + ":3: Kommentarer!C"
                + row
                + ": a locked cell was changed (it holds what rbs wrote): the form is not used;"
                + " write the analysis in the open cells of a new form");
    assertThat(workbookText("p-2014-T2-norr.xlsx")).doesNotContain("Text.");
  }

  @Test
  void aFormOfAnotherPeriodIsRefused() throws IOException {
    ReportPeriod t1 = ReportPeriod.tertial(2014, 1);
    Path form = comments(t1, dir.resolve("forms")).get(0);
    fill(form, sheet -> set(sheet, "i1", 7, "Text."));
    returnForm(form, T2);

    report(false);

    assertThat(commentWarnings())
        .containsExactly(
            "kommentarer/2014-T2/p-2014-T1-norr-kommentarer.xlsx:2:2: rbs!B2: a form for 2014-T1,"
                + " not for 2014-T2: put it in the folder of its period");
  }

  @Test
  void twoFormsForOneUnitAreBothRefused() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(form, sheet -> set(sheet, "i1", 7, "Text."));
    returnForm(form, T2);
    Files.copy(form, dir.resolve("kommentarer/2014-T2/kopia.xlsx"));

    report(false);

    assertThat(commentWarnings()).hasSize(2).allMatch(w -> w.contains("one of 2 forms for Norr"));
    assertThat(workbookText("p-2014-T2-norr.xlsx")).doesNotContain("Text.");
  }

  @Test
  void overLongTextAFormulaAndAWrongAssessmentAreRefusedCellByCell() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(
        form,
        sheet -> {
          set(sheet, "i1", 7, "x".repeat(2_001));
          set(sheet, "i1", 8, "Åtgärd kvar.");
          rowOf(sheet, "i2").getCell(7).setCellFormula("\"Formel\"");
          set(sheet, "m2", 6, "Bra");
        });
    returnForm(form, T2);
    int i1 = rowNumber(form, "i1");
    int i2 = rowNumber(form, "i2");
    int m2 = rowNumber(form, "m2");

    report(false);

    String file = "kommentarer/2014-T2/p-2014-T2-norr-kommentarer.xlsx:";
    assertThat(commentWarnings())
        .containsExactlyInAnyOrder(
            file
                + i1
                + ":8: Kommentarer!H"
                + i1
                + ": 2001 characters, more than the 2000 a cell may hold: shorten it (the text is"
                + " not used)",
            file
                + i2
                + ":8: Kommentarer!H"
                + i2
                + ": a formula: write the text itself (formulas are not evaluated)",
            file
                + m2
                + ":7: Kommentarer!G"
                + m2
                + ": an own assessment must be one of Uppfyllt, Delvis uppfyllt or Ej uppfyllt: it"
                + " is not used");
    String norr = workbookText("p-2014-T2-norr.xlsx");
    assertThat(norr).contains("Åtgärder: Åtgärd kvar.").doesNotContain("xxxx", "Formel", "Bra");
  }

  @Test
  void aPlantedPersonnummerRefusesTheFormWithoutEchoingIt() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(
        form,
        sheet -> {
          set(sheet, "i1", 7, "Kvinnan 19121212-1212 fick stöd.");
          set(sheet, "i2", 7, "Annan text.");
        });
    returnForm(form, T2);
    int row = rowNumber(form, "i1");

    report(false);

    assertThat(commentWarnings())
        .containsExactly(
            "kommentarer/2014-T2/p-2014-T2-norr-kommentarer.xlsx:"
                + row
                + ":8: Kommentarer!H"
                + row
                + ": holds a personnummer or samordningsnummer: the form is not used; remove it"
                + " and return the form again");
    assertThat(warnings.toString()).doesNotContain("1212");
    assertThat(workbookText("p-2014-T2-norr.xlsx")).doesNotContain("Kvinnan", "Annan text");
  }

  @Test
  void anUnknownIdIsLocatedAndAForeignFileIsNoForm() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(form, sheet -> set(sheet, "i1", 7, "Text om i1."));
    returnForm(form, T2);
    Files.writeString(dir.resolve("kommentarer/2014-T2/trasig.xlsx"), "no workbook");
    // the programme drops indicator i2 after the forms went out
    Path yaml = dir.resolve("p.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("{id: i2,", "{id: i3,"));
    int row = rowNumber(form, "i2");

    report(false);

    assertThat(commentWarnings())
        .containsExactlyInAnyOrder(
            "kommentarer/2014-T2/p-2014-T2-norr-kommentarer.xlsx:"
                + row
                + ":1: Kommentarer!A"
                + row
                + ": unknown indicator id 'i2' (the programme has changed since the form was"
                + " written): its text is not used",
            "kommentarer/2014-T2/trasig.xlsx: cannot be opened as an xlsx comment form of rbs");
    assertThat(workbookText("p-2014-T2-norr.xlsx")).contains("Text om i1.");
  }

  @Test
  void aBadFormIsAnErrorUnderStrict() throws IOException {
    Path form = comments(T2, dir.resolve("forms")).get(0);
    fill(form, sheet -> set(sheet, "i1", 7, "x".repeat(2_001)));
    returnForm(form, T2);

    assertThatThrownBy(() -> report(true))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("p-2014-T2-norr-kommentarer.xlsx:")
        .hasMessageContaining("more than the 2000 a cell may hold");
  }

  @Test
  void aProgrammeWithoutAFolderWritesNoForms() throws IOException {
    Path yaml = dir.resolve("p.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("comments: {folder: kommentarer}\n", ""));

    assertThatThrownBy(() -> comments(T2, dir.resolve("forms")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("names no folder for the comment forms");
  }

  private List<Path> comments(ReportPeriod period, Path out) {
    ReportRequest request =
        ReportRequest.builder(dir.resolve("p.yaml"), period, AS_OF)
            .outDir(out)
            .toolVersion("test")
            .build();
    return new CommentsJob(listener, JobProject.CLOCK, SourceReader::forProgramme).run(request);
  }

  private ReportSummary report(boolean strict) {
    warnings.clear();
    ReportRequest request =
        ReportRequest.builder(dir.resolve("p.yaml"), T2, AS_OF)
            .outDir(dir.resolve("out"))
            .strict(strict)
            .toolVersion("test")
            .build();
    return new ReportJob(listener, JobProject.CLOCK, SourceReader::forProgramme).run(request);
  }

  private List<String> commentWarnings() {
    return warnings.stream()
        .filter(w -> w.kind() == Warning.Kind.COMMENTS)
        .map(Warning::toString)
        .toList();
  }

  /** As a unit returns it: saved into the programme's folder for the period. */
  private void returnForm(Path form, ReportPeriod period) throws IOException {
    Path folder = dir.resolve("kommentarer").resolve(period.toString());
    Files.createDirectories(folder);
    Files.copy(form, folder.resolve(form.getFileName()));
  }

  /** Fills a form as a user does: the workbook opened, cells typed, saved. */
  private static void fill(Path form, Consumer<Sheet> typing) throws IOException {
    Workbook wb;
    try (InputStream in = Files.newInputStream(form)) {
      wb = new XSSFWorkbook(in);
    }
    typing.accept(wb.getSheetAt(0));
    try (OutputStream out = Files.newOutputStream(form)) {
      wb.write(out);
    }
    wb.close();
  }

  private static void set(Sheet sheet, String id, int col, String text) {
    Row row = rowOf(sheet, id);
    Cell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
    cell.setCellValue(text);
  }

  /** The form's row of a goal or indicator, found by its id in the hidden id column. */
  private static Row rowOf(Sheet sheet, String id) {
    for (Row row : sheet) {
      Cell c = row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + id);
  }

  private static int rowNumber(Path form, String id) throws IOException {
    try (Workbook wb = open(form)) {
      return rowOf(wb.getSheetAt(0), id).getRowNum() + 1;
    }
  }

  private static int rowWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return row.getRowNum();
        }
      }
    }
    throw new AssertionError("no row with " + text + " on " + sheet.getSheetName());
  }

  private String workbookText(String name) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Workbook wb = open(dir.resolve("out/current").resolve(name))) {
      for (Sheet sheet : wb) {
        all.append(text(sheet));
      }
    }
    return all.toString();
  }

  private static String text(Sheet sheet) {
    StringBuilder all = new StringBuilder();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING) {
          all.append(c.getStringCellValue()).append('\n');
        }
      }
    }
    return all.toString();
  }

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
