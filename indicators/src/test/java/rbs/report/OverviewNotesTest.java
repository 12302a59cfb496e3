package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;

/** The overview says why, beside the figure: missing months, partial trends, no assessment. */
class OverviewNotesTest {

  private static final Period YTD = Period.yearToDate(2014, 8);

  @TempDir Path dir;

  private Sheet overview(Results results, Unit unit) throws IOException {
    return sheet(results, unit, "Översikt");
  }

  private Sheet sheet(Results results, Unit unit, String name) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, WorkbookWriterTest.INTERNAL, file);
    try (XSSFWorkbook wb = WorkbookWriterTest.open(file)) {
      return wb.getSheet(name);
    }
  }

  private static String note(Sheet sheet, String first) {
    Row row = WorkbookWriterTest.rowStartingWith(sheet, first).orElseThrow();
    return row.getCell(row.getLastCellNum() - 1).getStringCellValue();
  }

  @Test
  void anIncompleteValueNamesTheMissingDistrictMonth() throws IOException {
    // Älvsjö misses March 2014 (the fixtures' MissingData)
    Sheet alvsjo = overview(ReportFixtures.tertial(), ReportFixtures.ALVSJO);
    assertThat(note(alvsjo, ReportFixtures.PERSONS.name())).isEqualTo("* Uppgifter saknas för mar");

    Outcome city = ReportFixtures.outcome(ReportFixtures.PERSONS, ReportFixtures.CITY, YTD);
    Outcome partial =
        new Outcome(
            city.indicatorId(),
            city.unit(),
            city.period(),
            city.value(),
            city.numerator(),
            city.denominator(),
            city.target(),
            city.status(),
            Trend.BETTER,
            Flag.NONE,
            true,
            List.of("Älvsjö"));
    Sheet sheet =
        overview(
            SummarySheetTest.replacing(ReportFixtures.tertial(), partial), ReportFixtures.CITY);
    assertThat(note(sheet, ReportFixtures.PERSONS.name()))
        .isEqualTo("* Älvsjö saknar mar\nFörändring utan Älvsjö");
    Row row =
        WorkbookWriterTest.rowStartingWith(sheet, ReportFixtures.PERSONS.name()).orElseThrow();
    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("↑ Bättre");
    // on the target group's sheet the partial trend carries the incomplete mark
    Sheet group =
        sheet(
            SummarySheetTest.replacing(ReportFixtures.tertial(), partial),
            ReportFixtures.CITY,
            "Kvinnor som utsatts för våld");
    Row ytd = WorkbookWriterTest.rowStartingWith(group, "Jan–aug hittills i år").orElseThrow();
    assertThat(ytd.getCell(5).getStringCellValue()).isEqualTo("↑ Bättre *");
  }

  @Test
  void notAssessableSaysWhyAndTheGoalSaysOnHowManyIndicatorsItIsJudged() throws IOException {
    Outcome count = ReportFixtures.outcome(ReportFixtures.COUNT, ReportFixtures.ALVSJO, YTD);
    Outcome noTarget = judged(count, Optional.empty(), Status.NOT_ASSESSABLE);
    Outcome share = ReportFixtures.outcome(ReportFixtures.SHARE, ReportFixtures.ALVSJO, YTD);
    Outcome zero =
        new Outcome(
            share.indicatorId(),
            share.unit(),
            share.period(),
            Optional.empty(),
            Optional.of(BigDecimal.ZERO),
            Optional.of(BigDecimal.ZERO),
            share.target(),
            Status.NOT_ASSESSABLE,
            Trend.NOT_COMPARABLE,
            Flag.MISSING,
            false);
    Sheet sheet =
        overview(
            SummarySheetTest.replacing(ReportFixtures.tertial(), noTarget, zero),
            ReportFixtures.ALVSJO);

    assertThat(note(sheet, ReportFixtures.COUNT.name())).isEqualTo("Inget mål för stadsdelen");
    assertThat(note(sheet, ReportFixtures.SHARE.name()))
        .isEqualTo("Ingen att räkna (nämnaren är 0)");
    // each goal has its indicators: one of two assessed, none of one
    assertThat(note(sheet, "Kvinnor som utsatts för våld lever ett liv utan våld"))
        .isEqualTo("1 av 2 indikatorer bedömda");
    assertThat(note(sheet, "Barn som upplevt våld lever ett liv utan våld"))
        .isEqualTo("0 av 1 indikatorer bedömda");
  }

  @Test
  void aNeutralIndicatorIsNotCountedAmongTheGoalsIndicatorsToAssess() throws IOException {
    // the share is set beside a budget: never judged, so the goal is judged on the rest
    Outcome share = ReportFixtures.outcome(ReportFixtures.SHARE, ReportFixtures.ALVSJO, YTD);
    Outcome budget = judged(share, share.target(), Status.NOT_JUDGED);
    Outcome persons = ReportFixtures.outcome(ReportFixtures.PERSONS, ReportFixtures.ALVSJO, YTD);
    Outcome noTarget = judged(persons, Optional.empty(), Status.NOT_ASSESSABLE);
    Sheet sheet =
        overview(
            SummarySheetTest.replacing(ReportFixtures.tertial(), budget, noTarget),
            ReportFixtures.ALVSJO);

    // the goal has one indicator to assess, and it cannot be: 0 of 1, not "1 of 2"
    assertThat(note(sheet, "Kvinnor som utsatts för våld lever ett liv utan våld"))
        .isEqualTo("0 av 1 indikatorer bedömda");
  }

  /** The outcome with only its value, and this target and status. */
  private static Outcome judged(Outcome o, Optional<java.math.BigDecimal> target, Status status) {
    return new Outcome(
        o.indicatorId(),
        o.unit(),
        o.period(),
        o.value(),
        Optional.empty(),
        Optional.empty(),
        target,
        status,
        o.trend(),
        Flag.NONE,
        false);
  }
}
