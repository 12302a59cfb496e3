package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;

/**
 * Random district × month tables, published and attacked by {@link IntervalAttacker}, which knows
 * nothing of how the cells were chosen: no small count may be shown, and none that is withheld or
 * unpublished may be pinned down or boxed into a range narrower than the threshold — in one
 * publication, and in a year's publications (T1, T2, the annual report) read together.
 */
class DisclosurePropertiesTest {

  private static final List<ReportPeriod> YEAR =
      List.of(
          ReportPeriod.tertial(2014, 1), ReportPeriod.tertial(2014, 2), ReportPeriod.annual(2014));

  @Property(tries = 40)
  void noSmallCountIsShownOrBoxedIn(@ForAll("countTables") Results table) {
    Results published = Disclosure.suppress(table);

    IntervalAttacker attacker = new IntervalAttacker(table, List.of(published));
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
  }

  @Property(tries = 25)
  void sharesHideSmallGroupsAndTheirRest(@ForAll("shareTables") Results table) {
    Results published = Disclosure.suppress(table);

    for (Outcome o : published.outcomes()) {
      if (o.flag() == Flag.WITHHELD) {
        assertThat(o.value()).isEmpty();
        assertThat(o.numerator()).isEmpty();
        assertThat(o.denominator()).isEmpty();
      }
    }
    IntervalAttacker attacker = new IntervalAttacker(table, List.of(published));
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
  }

  @Property(tries = 15)
  void aYearOfPublicationsReadTogetherBoxesNothingIn(@ForAll("years") long[][] monthly) {
    List<Results> published = new ArrayList<>();
    List<EarlierPublication> records = new ArrayList<>();
    Results annual = null;
    for (ReportPeriod report : YEAR) {
      Results table = Tables.counts(report, monthly, LEVELS.get(monthly.length % 2));
      Results p = Disclosure.suppress(table, records);
      published.add(p);
      records.add(new EarlierPublication(report.toString(), p.outcomes()));
      annual = table;
    }
    // the annual report's internal table holds every number of the year
    IntervalAttacker attacker = new IntervalAttacker(annual, published);
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
  }

  @Property(tries = 5)
  void breakdownCategoriesAreProtectedWithTheSumsTheyMake(
      @ForAll("breakdownYears") long[][][] monthly) {
    List<Results> published = new ArrayList<>();
    List<EarlierPublication> records = new ArrayList<>();
    Results annual = null;
    for (ReportPeriod report : YEAR) {
      Results table = Tables.breakdownCounts(report, monthly, LEVELS.get(monthly[0].length % 2));
      Results p = Disclosure.suppress(table, records);
      published.add(p);
      records.add(new EarlierPublication(report.toString(), p.outcomes(), p.breakdowns()));
      annual = table;
    }
    IntervalAttacker attacker = new IntervalAttacker(annual, published);
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
    // categories are published: not all withheld
    assertThat(published.get(2).breakdowns())
        .filteredOn(so -> so.outcome().flag() == Flag.NONE)
        .isNotEmpty();
  }

  /**
   * Three categories × 3–4 districts × 12 months: a and b counts of 0–9, the unknown category
   * mostly empty, so that the city's unknown category is often a small count its sum would give
   * away.
   */
  @Provide
  Arbitrary<long[][][]> breakdownYears() {
    return Arbitraries.integers()
        .between(3, 4)
        .flatMap(
            districts -> {
              Arbitrary<long[][]> common =
                  Arbitraries.longs()
                      .between(0, 9)
                      .array(long[].class)
                      .ofSize(12)
                      .array(long[][].class)
                      .ofSize(districts);
              Arbitrary<long[][]> rare =
                  Arbitraries.frequencyOf(
                          net.jqwik.api.Tuple.of(9, Arbitraries.just(0L)),
                          net.jqwik.api.Tuple.of(1, Arbitraries.just(1L)))
                      .array(long[].class)
                      .ofSize(12)
                      .array(long[][].class)
                      .ofSize(districts);
              return Combinators.combine(common, common, rare)
                  .as((a, b, unknown) -> new long[][][] {a, b, unknown});
            });
  }

  @Property(tries = 20)
  void showsEveryNumberThatNeedsNoProtectionWhenNothingIsSmall(
      @ForAll("largeTables") Results table) {
    Results published = Disclosure.suppress(table);

    assertThat(published.outcomes()).noneMatch(o -> o.flag() == Flag.WITHHELD);
    assertThat(published.publication().summary().withheld()).isZero();
  }

  @Property(tries = 30)
  void aGroupOfDistrictsLetsNoSmallCountThrough(@ForAll("groupTables") Results table) {
    Results published = Disclosure.suppress(table);

    IntervalAttacker attacker = new IntervalAttacker(table, List.of(published));
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
  }

  @Provide
  Arbitrary<Results> groupTables() {
    return Combinators.combine(
            Arbitraries.of(YEAR),
            Arbitraries.integers().between(3, 4),
            Arbitraries.of(LEVELS),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(
            (report, districts, levels, seed) -> {
              // a group of the first two districts, and with four a second of the last two
              List<int[]> groups = new ArrayList<>();
              groups.add(new int[] {0, 1});
              if (districts == 4) {
                groups.add(new int[] {2, 3});
              }
              return Tables.counts(report, table(districts, seed), levels, groups);
            });
  }

  /** The standard levels, and every level (a district's months published too). */
  private static final List<PublicationLevels> LEVELS =
      List.of(PublicationLevels.standard(), PublicationLevels.all());

  @Provide
  Arbitrary<Results> countTables() {
    return Combinators.combine(
            Arbitraries.of(YEAR),
            Arbitraries.integers().between(2, 4),
            Arbitraries.of(LEVELS),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(
            (report, districts, levels, seed) ->
                Tables.counts(report, table(districts, seed), levels));
  }

  @Provide
  Arbitrary<Results> largeTables() {
    return Combinators.combine(
            Arbitraries.of(YEAR),
            Arbitraries.integers().between(2, 5),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(
            (report, districts, seed) -> {
              long[][] t = new long[districts][12];
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
              for (long[] row : t) {
                for (int m = 0; m < 12; m++) {
                  row[m] = r.nextBoolean() ? 0 : 5 + r.nextInt(100);
                }
              }
              return Tables.counts(report, t, PublicationLevels.all());
            });
  }

  @Provide
  Arbitrary<long[][]> years() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 4), Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(IntervalAttackerTest::noisyTable);
  }

  @Provide
  Arbitrary<Results> shareTables() {
    return Combinators.combine(
            Arbitraries.of(YEAR),
            Arbitraries.integers().between(2, 3),
            Arbitraries.of(LEVELS),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(
            (report, districts, levels, seed) -> {
              long[][] den = table(districts, seed);
              long[][] num = new long[districts][12];
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
              for (int d = 0; d < districts; d++) {
                for (int m = 0; m < 12; m++) {
                  num[d][m] = den[d][m] == 0 ? 0 : r.nextLong(den[d][m] + 1);
                }
              }
              return Tables.shares(report, num, den, levels);
            });
  }

  /** Monthly counts with plenty of zeros and small values, as small districts have. */
  static long[][] table(int districts, long seed) {
    return IntervalAttackerTest.noisyTable(districts, seed);
  }

  static long count(Outcome o) {
    return o.value().map(BigDecimal::longValue).orElse(0L);
  }
}
