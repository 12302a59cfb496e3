package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.disclosure.Disclosure;
import rbs.model.InputFile;
import rbs.model.MissingData;
import rbs.model.RejectReason;
import rbs.model.RejectSummary;
import rbs.model.Results;
import rbs.model.Unit;

/** A district's data-quality sheet holds its own district; the municipality's the whole picture. */
class QualitySheetTest {

  private static final String SODER = "data/insatser/sodermalm/insatser-2014.csv";
  private static final String ALVSJO = "data/insatser/alvsjo/insatser-2014.csv";
  private static final String ENKAT = "data/enkat/enkat-2014.csv";

  @TempDir Path dir;

  /** Södermalm's and Älvsjö's own files, a survey of both, Älvsjö missing March, a reject each. */
  private static Results results() {
    Results base = ReportFixtures.tertial();
    return new Results(
        base.programme(),
        base.period(),
        base.asOf(),
        base.outcomes(),
        base.goals(),
        List.of(
            new InputFile("insatser", SODER, "ab", 1200, 1199, 1, List.of("Södermalm"), List.of()),
            new InputFile("insatser", ALVSJO, "cd", 800, 797, 3, List.of("Älvsjö"), List.of()),
            new InputFile(
                "enkat", ENKAT, "ef", 300, 300, 0, List.of("Södermalm", "Älvsjö"), List.of())),
        List.of(new MissingData("insatser", "Älvsjö", YearMonth.of(2014, 3))),
        List.of(
            new RejectSummary(
                "insatser", SODER, "datum", RejectReason.NOT_DATE.with("'2014-13-01'"), 1),
            new RejectSummary(
                "insatser",
                ALVSJO,
                "stadsdel",
                RejectReason.UNKNOWN_DISTRICT.with("'Gotham'")
                    + " "
                    + RejectReason.ADD_ALIAS.english(),
                3)));
  }

  private Sheet quality(Results results, Unit unit) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, WorkbookWriterTest.INTERNAL, file);
    XSSFWorkbook workbook = WorkbookWriterTest.open(file);
    return workbook.getSheet("Datakvalitet");
  }

  @Test
  void aDistrictsSheetListsItsOwnFilesRejectsAndMonthsAndSaysItDeliveredThemAll()
      throws IOException {
    String soder = text(quality(results(), ReportFixtures.SODERMALM));

    assertThat(soder)
        .contains(SODER, ENKAT)
        .doesNotContain(ALVSJO)
        .contains("Södermalm har levererat alla månader.")
        .doesNotContain("Alla stadsdelar", "Älvsjö")
        // the reason in Swedish, the masked value as it was
        .contains("inte ett datum: '2014-13-01'")
        .doesNotContain("not a date", "okänd stadsdel");
  }

  @Test
  void aDistrictThatMissedAMonthSaysWhichAndNoOtherDistrictsBusiness() throws IOException {
    Sheet sheet = quality(results(), ReportFixtures.ALVSJO);
    String alvsjo = text(sheet);

    assertThat(alvsjo)
        .contains(ALVSJO, ENKAT)
        .doesNotContain(SODER, "har levererat alla månader", "inte ett datum")
        .contains("okänd stadsdel: 'Gotham' (lägg till stavningen som alias i programmet)");
    assertThat(dateCells(sheet)).containsExactly("2014-03");
  }

  @Test
  void theMunicipalitysSheetHoldsTheWholePicture() throws IOException {
    String city = text(quality(results(), ReportFixtures.CITY));

    assertThat(city)
        .contains(SODER, ALVSJO, ENKAT, "Älvsjö", "inte ett datum", "okänd stadsdel")
        .doesNotContain("Alla stadsdelar har levererat alla månader.");
  }

  @Test
  void aPublishedSheetShowsFilesAndDeliveryButNoRowCounts() throws IOException {
    Results published = Disclosure.suppress(results());

    Sheet soder = quality(published, ReportFixtures.SODERMALM);
    Sheet city = quality(published, ReportFixtures.CITY);
    Sheet internal = quality(results(), ReportFixtures.SODERMALM);

    assertThat(text(soder)).contains(SODER, "Södermalm har levererat alla månader.");
    assertThat(text(soder)).doesNotContain("Rader lästa", "Rader avvisade");
    assertThat(numbers(soder)).isEmpty();
    // the city's only numbers are the months not delivered, as dates
    assertThat(numbers(city)).hasSameSizeAs(dateCells(city)).hasSize(1);
    // an internal workbook keeps the counts: read, used, rejected of its two files (by source:
    // enkat first), then its one rejected row
    assertThat(numbers(internal)).containsExactly(300.0, 300.0, 0.0, 1200.0, 1199.0, 1.0, 1.0);
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

  private static List<Double> numbers(Sheet sheet) {
    List<Double> out = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.NUMERIC) {
          out.add(c.getNumericCellValue());
        }
      }
    }
    return out;
  }

  private static List<String> dateCells(Sheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.NUMERIC
            && c.getCellStyle().getDataFormatString().contains("yy")) {
          out.add(YearMonth.from(c.getLocalDateTimeCellValue()).toString());
        }
      }
    }
    return out;
  }
}
