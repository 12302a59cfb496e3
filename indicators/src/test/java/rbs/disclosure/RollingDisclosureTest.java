package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * A rolling twelve months (June 2013 – May 2014) is the sum of months of two years: its small cells
 * must be protected across the turn of the year.
 */
class RollingDisclosureTest {

  private static final ReportPeriod R05 = ReportPeriod.rolling(2014, 5);

  /** Counts per district for the twelve months June 2013 .. May 2014, and the rolling year. */
  private static Results rolling(long[][] monthly, PublicationLevels levels) {
    Indicator indicator = Tables.indicator("n", Tables.PERSONS);
    Programme programme = Tables.programme(monthly.length, levels, indicator);
    List<Outcome> outcomes = new ArrayList<>();
    Period year = Period.rolling(2014, 5);
    long[] wholeMonths = new long[12];
    long wholeYear = 0;
    for (int d = 0; d < monthly.length; d++) {
      long sum = 0;
      YearMonth m = YearMonth.from(year.from());
      for (int k = 0; k < 12; k++, m = m.plusMonths(1)) {
        Period month = Period.month(m.getYear(), m.getMonthValue());
        outcomes.add(Tables.count("n", Unit.district(programme, d), month, monthly[d][k]));
        sum += monthly[d][k];
        wholeMonths[k] += monthly[d][k];
      }
      outcomes.add(Tables.count("n", Unit.district(programme, d), year, sum));
      wholeYear += sum;
    }
    YearMonth m = YearMonth.from(year.from());
    for (int k = 0; k < 12; k++, m = m.plusMonths(1)) {
      outcomes.add(
          Tables.count(
              "n",
              Unit.whole(programme),
              Period.month(m.getYear(), m.getMonthValue()),
              wholeMonths[k]));
    }
    outcomes.add(Tables.count("n", Unit.whole(programme), year, wholeYear));
    return Tables.results(programme, R05, outcomes);
  }

  private static List<String> withheld(Results results) {
    return results.outcomes().stream()
        .filter(o -> o.flag() == Flag.WITHHELD)
        .map(o -> o.unit().name() + " " + o.period().label())
        .toList();
  }

  @Test
  void aSmallMonthOfTheEarlierYearCannotBeWorkedOutFromTheRollingTotal() {
    // every level published: D1's July 2013 (2) is small; withheld alone, the rolling total
    // minus the other eleven months would give it back
    long[][] monthly = {
      {10, 2, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
      {20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20},
      {30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30}
    };
    Results table = rolling(monthly, PublicationLevels.all());

    Results published = Disclosure.suppress(table);

    assertThat(withheld(published)).contains("D1 2013-07");
    assertThat(withheld(published)).hasSizeGreaterThan(1);
    assertThat(new IntervalAttacker(table, List.of(published)).boxedIn()).isEmpty();
    assertThat(new IntervalAttacker(table, List.of(published)).visibleSmall()).isEmpty();
  }

  @Test
  void aSmallDistrictRollingYearIsWithheldWithAComplementAtTheStandardLevels() {
    long[][] monthly = {
      {0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0},
      {20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20},
      {30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30}
    };
    Results table = rolling(monthly, PublicationLevels.standard());

    Results published = Disclosure.suppress(table);

    // districts show their rolling year, not their months; D1's 3 would be the city's minus D2
    // and D3: D2 (the cheaper) goes too, the city's own figure stays
    assertThat(withheld(published)).containsExactly("D1 2013-06..2014-05", "D2 2013-06..2014-05");
    assertThat(new IntervalAttacker(table, List.of(published)).boxedIn()).isEmpty();
  }

  @Test
  void aRepublicationAgreesWithTheEarlierRollingOne() {
    long[][] monthly = {
      {10, 2, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
      {20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20},
      {30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30}
    };
    Results table = rolling(monthly, PublicationLevels.all());
    Results first = Disclosure.suppress(table);
    EarlierPublication earlier = new EarlierPublication("2014-R05", first.outcomes());

    // the same numbers published again (as a rerun or alongside another report) stay consistent
    Results again = Disclosure.suppress(table, List.of(earlier));

    assertThat(withheld(again)).containsAll(withheld(first));
    assertThat(new IntervalAttacker(table, List.of(first, again)).boxedIn()).isEmpty();
  }
}
