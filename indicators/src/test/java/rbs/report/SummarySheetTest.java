package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.model.Unit;

class SummarySheetTest {

  private static final ReportOptions INTERNAL = WorkbookWriterTest.INTERNAL;

  @TempDir Path dir;

  private XSSFWorkbook write(Results results, Unit unit) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, INTERNAL, file);
    return WorkbookWriterTest.open(file);
  }

  /** The results with these outcomes in place of those of the same indicator, unit and period. */
  static Results replacing(Results r, Outcome... replacements) {
    List<Outcome> outcomes = new ArrayList<>(r.outcomes());
    for (Outcome o : replacements) {
      outcomes.removeIf(
          x ->
              x.indicatorId().equals(o.indicatorId())
                  && x.unit().equals(o.unit())
                  && x.period().equals(o.period()));
      outcomes.add(o);
    }
    return new Results(
        r.programme(),
        r.period(),
        r.asOf(),
        outcomes,
        r.goals(),
        r.inputs(),
        r.missing(),
        r.rejects());
  }

  private static Outcome forecast(Indicator indicator, String value, String target, Status s) {
    return new Outcome(
        indicator.id(),
        ReportFixtures.CITY,
        Period.forecast(2014),
        Optional.of(new BigDecimal(value)),
        Optional.empty(),
        Optional.empty(),
        Optional.of(new BigDecimal(target)),
        s,
        Trend.NOT_COMPARABLE,
        Flag.NONE,
        false);
  }

  @Test
  void opensWithTheTitleOfTheReportKindAndTheVision() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.ALVSJO)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Sammanfattning");
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Tertialrapport 2 2014");
      assertThat(WorkbookWriterTest.columnA(sheet))
          .contains("Vision", ReportFixtures.PROGRAMME.vision(), "Så läser du rapporten");
    }
    try (XSSFWorkbook wb = write(ReportFixtures.annual(), ReportFixtures.CITY)) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Årsrapport 2014");
      // an annual report has no forecast
      assertThat(WorkbookWriterTest.columnA(sheet)).noneMatch(t -> t.startsWith("Helårsprognos"));
    }
  }

  @Test
  void countsEachTargetGroupsGoalsByStatusAsTheResultsJudgeThem() throws IOException {
    Results results = ReportFixtures.tertial();
    Unit unit = ReportFixtures.ALVSJO;
    Period ytd = Period.yearToDate(2014, 8);
    try (XSSFWorkbook wb = write(results, unit)) {
      Sheet sheet = wb.getSheetAt(0);
      Map<Status, Integer> whole = new EnumMap<>(Status.class);
      int goals = 0;
      for (TargetGroup group : results.programme().targetGroups()) {
        Set<String> ids = group.goals().stream().map(Goal::id).collect(Collectors.toSet());
        Map<Status, Integer> expected = new EnumMap<>(Status.class);
        for (GoalOutcome g : results.goals()) {
          if (ids.contains(g.goalId()) && g.unit().equals(unit) && g.period().equals(ytd)) {
            expected.merge(g.status(), 1, Integer::sum);
            whole.merge(g.status(), 1, Integer::sum);
          }
        }
        goals += group.goals().size();
        assertCounts(sheet, group.name(), group.goals().size(), expected);
      }
      assertCounts(sheet, "Hela programmet", goals, whole);
    }
  }

  private static void assertCounts(
      Sheet sheet, String name, int goals, Map<Status, Integer> expected) {
    Row row = WorkbookWriterTest.rowStartingWith(sheet, name).orElseThrow();
    assertThat(row.getCell(1).getNumericCellValue()).as(name).isEqualTo((double) goals);
    Status[] order = {Status.MET, Status.PARTLY, Status.NOT_MET, Status.NOT_ASSESSABLE};
    for (int s = 0; s < order.length; s++) {
      assertThat(row.getCell(2 + s).getNumericCellValue())
          .as(name + " " + order[s])
          .isEqualTo(expected.getOrDefault(order[s], 0).doubleValue());
    }
  }

  @Test
  void showsEachFlowsForecastBesideItsYearToDateJudgedAgainstTheAnnualTarget() throws IOException {
    Results results =
        replacing(
            ReportFixtures.tertial(),
            forecast(ReportFixtures.PERSONS, "996.4", "1300", Status.NOT_MET),
            forecast(ReportFixtures.COUNT, "2950", "2800", Status.MET));
    try (XSSFWorkbook wb = write(results, ReportFixtures.CITY)) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(WorkbookWriterTest.columnA(sheet)).contains("Helårsprognos 2014");
      for (Indicator i : List.of(ReportFixtures.PERSONS, ReportFixtures.COUNT)) {
        Outcome ytd = ReportFixtures.outcome(i, ReportFixtures.CITY, Period.yearToDate(2014, 8));
        Outcome f =
            results.outcomes().stream()
                .filter(
                    o -> o.indicatorId().equals(i.id()) && o.period().equals(Period.forecast(2014)))
                .findFirst()
                .orElseThrow();
        Row row = rows(sheet, i.name()).get(1); // the overview's row is on another sheet
        assertThat(row.getCell(1).getNumericCellValue())
            .isEqualTo(ytd.value().orElseThrow().doubleValue());
        assertThat(row.getCell(2).getNumericCellValue())
            .isEqualTo(f.value().orElseThrow().doubleValue());
        assertThat(row.getCell(3).getNumericCellValue())
            .isEqualTo(f.target().orElseThrow().doubleValue());
        assertThat(row.getCell(4).getStringCellValue())
            .isEqualTo(Labels.forLanguage("sv").status(f.status()));
      }
      // the share has no forecast
      assertThat(rows(sheet, ReportFixtures.SHARE.name())).isEmpty();
    }
  }

  /** The rows whose first cell is this text, in order. */
  private static List<Row> rows(Sheet sheet, String text) {
    List<Row> rows = new ArrayList<>();
    rows.add(null); // 1-based: rows(...).get(1) is the first
    for (Row row : sheet) {
      if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
        rows.add(row);
      }
    }
    return rows.size() == 1 ? List.of() : rows;
  }

  @Test
  void theGuideTakesItsNumbersFromTheProgrammesRules() throws IOException {
    try (XSSFWorkbook wb = write(ReportFixtures.tertial(), ReportFixtures.CITY)) {
      String guide = String.join("\n", WorkbookWriterTest.columnA(wb.getSheetAt(0)));
      BigDecimal annual = ReportFixtures.PERSONS.targets().get(1).value();
      BigDecimal part =
          annual
              .multiply(BigDecimal.valueOf(8))
              .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
      Labels sv = Labels.forLanguage("sv");
      assertThat(guide)
          .contains(
              "årsmålet × 8/12 (till exempel "
                  + sv.number(annual.doubleValue(), 0)
                  + " → "
                  + sv.number(part.doubleValue(), 0)
                  + ")")
          .contains(
              "minst "
                  + ReportFixtures.PERSONS
                      .tolerance()
                      .movePointRight(2)
                      .stripTrailingZeros()
                      .toPlainString()
                  + "\u00a0% av målet")
          .contains("färre än " + ReportFixtures.PROGRAMME.disclosureThreshold() + " personer")
          .contains("samma period 2013")
          .contains("alla dess bedömda indikatorer");
    }
  }
}
