package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static rbs.report.ReportFixtures.ALVSJO;
import static rbs.report.ReportFixtures.CITY;
import static rbs.report.ReportFixtures.PERSONS;
import static rbs.report.ReportFixtures.SODERMALM;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Results;

/** The index a run's workbooks share is always the one of the results they are written from. */
class ResultsIndexTest {

  private static Results keeping(Results r, Predicate<Outcome> keep) {
    return new Results(
        r.programme(),
        r.period(),
        r.asOf(),
        r.outcomes().stream().filter(keep).toList(),
        r.goals(),
        r.inputs(),
        r.missing(),
        r.rejects());
  }

  @Test
  void viewsOfOtherResultsSeeTheirOwnOutcomesNotTheLastIndexed() {
    Results all = ReportFixtures.tertial();
    Results cityOnly = keeping(all, o -> o.unit().isWhole());
    Period main = Period.yearToDate(2014, 8);

    assertThat(new ReportView(all, SODERMALM).outcome(PERSONS.id(), main)).isPresent();
    assertThat(new ReportView(all, CITY).districts()).containsExactly(SODERMALM, ALVSJO);

    ReportView city = new ReportView(cityOnly, CITY);
    assertThat(city.districts()).isEmpty();
    assertThat(new ReportView(cityOnly, SODERMALM).outcome(PERSONS.id(), main)).isEmpty();
    assertThat(city.outcome(PERSONS.id(), main)).isPresent();

    // and back: the first results were not forgotten wrongly or mixed with the second
    assertThat(new ReportView(all, SODERMALM).outcome(PERSONS.id(), main)).isPresent();
    assertThat(new ReportView(all, CITY).districts()).containsExactly(SODERMALM, ALVSJO);
  }

  @Test
  void yearsAreTheUnitsYearsOfTheMainPeriodAsAScanFindsThem() {
    Results annual = ReportFixtures.annual();
    ReportView view = new ReportView(annual, ALVSJO);
    TreeSet<Integer> scanned = new TreeSet<>();
    for (Outcome o : annual.outcomes()) {
      if (o.indicatorId().equals(PERSONS.id())
          && o.unit().equals(ALVSJO)
          && o.period().kind() == PeriodKind.YEAR) {
        scanned.add(o.period().year());
      }
    }

    assertThat(scanned).isNotEmpty();
    assertThat(view.years(PERSONS.id())).isEqualTo(List.copyOf(scanned));
    assertThat(view.years("no-such-indicator")).isEmpty();
    assertThat(view.mainPeriod()).isEqualTo(Period.year(2014));
  }

  @Test
  void anAnnualReportWithoutYearOutcomesHasDecemberYearToDateAsItsMainPeriod() {
    Results noYears = keeping(ReportFixtures.annual(), o -> o.period().kind() != PeriodKind.YEAR);

    assertThat(new ReportView(noYears, CITY).mainPeriod()).isEqualTo(Period.yearToDate(2014, 12));
  }
}
