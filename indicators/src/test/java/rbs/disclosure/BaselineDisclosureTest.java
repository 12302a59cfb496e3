package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * A baseline (utgångsläge) is one more year of figures by district and for the city: its small
 * counts are withheld with complements like any other, so that the city's baseline minus the other
 * districts' does not give one away, and it agrees with what earlier publications showed of that
 * year.
 */
class BaselineDisclosureTest {

  private static final ReportPeriod T2 = ReportPeriod.tertial(2014, 2);
  private static final Period Y2012 = Period.year(2012);

  /** The T2 report of {@code months2014} with the baseline year 2012 of each district added. */
  private static Results withBaseline(long[][] months2014, long[] baseline) {
    Results t2 = Tables.counts(T2, months2014);
    List<Outcome> outcomes = new ArrayList<>(t2.outcomes());
    long whole = 0;
    for (int d = 0; d < baseline.length; d++) {
      outcomes.add(Tables.count("n", Unit.district(t2.programme(), d), Y2012, baseline[d]));
      whole += baseline[d];
    }
    outcomes.add(Tables.count("n", Unit.whole(t2.programme()), Y2012, whole));
    return Tables.results(t2.programme(), T2, outcomes);
  }

  private static List<String> withheld(Results results, Period period) {
    return results.outcomes().stream()
        .filter(o -> o.period().equals(period) && o.flag() == Flag.WITHHELD)
        .map(o -> o.unit().name())
        .toList();
  }

  private static long[][] busy(int districts) {
    long[][] months = new long[districts][8];
    for (long[] d : months) {
      java.util.Arrays.fill(d, 10);
    }
    return months;
  }

  @Test
  void aSmallBaselineIsWithheldWithAComplementSoTheCityMinusTheOthersDoesNotGiveItAway() {
    Results table = withBaseline(busy(3), new long[] {2, 40, 35});

    Results published = Disclosure.suppress(table);

    // D1's 2 is small; alone withheld it would be 77 − 40 − 35: the cheaper other district goes too
    assertThat(withheld(published, Y2012)).containsExactly("D1", "D3");
    assertThat(new IntervalAttacker(table, List.of(published)).visibleSmall()).isEmpty();
    assertThat(new IntervalAttacker(table, List.of(published)).boxedIn()).isEmpty();
  }

  @Test
  void aBaselineAgreesWithTheEarlierPublicationsOfItsYear() {
    // the annual report of 2012 was published: D1's year (3) and a complement withheld
    long[][] months2012 = {
      {0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0},
      {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4},
      {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}
    };
    Results annual2012 = Tables.counts(ReportPeriod.annual(2012), months2012);
    Results published2012 = Disclosure.suppress(annual2012);
    long[] baseline = {3, 48, 36};
    Results table = withBaseline(busy(3), baseline);

    Results now =
        Disclosure.suppress(
            table, List.of(new EarlierPublication("2012", published2012.outcomes())));

    // what 2012's publication withheld of the year stays withheld; the reader of both learns
    // nothing
    assertThat(withheld(now, Y2012)).containsAll(withheld(published2012, Y2012));
    assertThat(withheld(now, Y2012)).contains("D1");
    Results truth = union(annual2012, table);
    IntervalAttacker attacker = new IntervalAttacker(truth, List.of(published2012, now));
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
  }

  /** Every number of two tables of one programme, each once. */
  private static Results union(Results a, Results b) {
    Map<List<Object>, Outcome> all = new LinkedHashMap<>();
    for (Results r : List.of(a, b)) {
      for (Outcome o : r.outcomes()) {
        all.putIfAbsent(List.of(o.unit().name(), o.period()), o);
      }
    }
    return Tables.results(b.programme(), T2, new ArrayList<>(all.values()));
  }
}
