package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.junit.jupiter.api.Test;
import rbs.model.Outcome;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;

/** The attacker itself, on tables whose answer is worked out by hand. */
class IntervalAttackerTest {

  private static final ReportPeriod T1 = ReportPeriod.tertial(2014, 1);

  private static final long[][] TABLE = {
    {10, 10, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0},
    {20, 20, 20, 20, 0, 0, 0, 0, 0, 0, 0, 0}
  };

  @Test
  void boxesInTwoSmallMonthsWhoseSumIsShown() {
    // the case: March and April withheld, the tertial shown: March + April = 3
    Results table = Tables.counts(T1, TABLE, PublicationLevels.all());
    Results published = hide(table, "D1 2014-03", "D1 2014-04", "D2 2014-03", "D2 2014-04");

    List<IntervalAttacker.Finding> found =
        new IntervalAttacker(table, List.of(published)).boxedIn();

    assertThat(found)
        .extracting(f -> f.span().toString())
        .containsExactly("D1 2014-03", "D1 2014-04");
    IntervalAttacker.Finding march = found.get(0);
    assertThat(march.min()).isCloseTo(0, within(1e-6));
    assertThat(march.max()).isCloseTo(3, within(1e-6));
    assertThat(march.truth()).isEqualTo(1);
  }

  @Test
  void pinsDownACellOnlyACombinationOfSumsGivesAway() {
    // D2 January is the tertial minus the shown months; then the January total gives D1's;
    // then D1's tertial gives its February
    Results table = Tables.counts(T1, TABLE, PublicationLevels.all());
    Results published = hide(table, "D1 2014-01", "D1 2014-03", "D2 2014-01");

    List<IntervalAttacker.Finding> found =
        new IntervalAttacker(table, List.of(published)).boxedIn();

    assertThat(found).extracting(f -> f.span().toString()).containsExactly("D1 2014-03");
    assertThat(found.get(0).min()).isCloseTo(1, within(1e-6));
    assertThat(found.get(0).max()).isCloseTo(1, within(1e-6));
  }

  @Test
  void twoPublicationsSafeAloneGiveAwayACellTogether() {
    long[][] t = {
      {1, 30, 30, 30, 0, 0, 0, 0, 0, 0, 0, 0},
      {30, 30, 30, 30, 0, 0, 0, 0, 0, 0, 0, 0}
    };
    Results table = Tables.counts(T1, t, PublicationLevels.all());
    Results first = hide(table, "D1 2014-01", "D1 2014-02", "D2 2014-01", "D2 2014-02");
    Results second = hide(table, "D1 2014-01", "D1 2014-03", "D2 2014-01", "D2 2014-03");

    assertThat(new IntervalAttacker(table, List.of(first)).boxedIn()).isEmpty();
    assertThat(new IntervalAttacker(table, List.of(second)).boxedIn()).isEmpty();
    List<IntervalAttacker.Finding> together =
        new IntervalAttacker(table, List.of(first, second)).boxedIn();
    assertThat(together).extracting(f -> f.span().toString()).containsExactly("D1 2014-01");
    assertThat(together.get(0).max() - together.get(0).min()).isCloseTo(0, within(1e-6));
  }

  @Test
  void findsSmallCountsShownAsNumbers() {
    Results table = Tables.counts(T1, TABLE, PublicationLevels.all());

    assertThat(new IntervalAttacker(table, List.of(table)).visibleSmall())
        .containsExactly("D1 2014-03", "D1 2014-04");
  }

  @Test
  void seesASmallTertialThatTwoYearToDateFiguresGiveAway() {
    // only year-to-date figures are published for districts, but April's and August's differ by
    // the second tertial: 3
    long[][] t = {
      {10, 10, 10, 10, 1, 0, 1, 1, 0, 0, 0, 0},
      {20, 20, 20, 20, 20, 20, 20, 20, 0, 0, 0, 0}
    };
    Results april = Tables.counts(T1, t, PublicationLevels.standard());
    Results august = Tables.counts(ReportPeriod.tertial(2014, 2), t, PublicationLevels.standard());

    List<IntervalAttacker.Finding> found =
        new IntervalAttacker(august, List.of(shownAtLevels(april), shownAtLevels(august)))
            .boxedIn();

    assertThat(found).extracting(f -> f.span().toString()).contains("D1 2014-05..2014-08");
  }

  /** The table as published without disclosure control: every number of the published levels. */
  private static Results shownAtLevels(Results table) {
    PublicationLevels levels = table.programme().publication();
    List<Outcome> shown = new ArrayList<>();
    for (Outcome o : table.outcomes()) {
      if (levels.publishes(o.unit(), o.period())) {
        shown.add(o);
      }
    }
    return Tables.results(table.programme(), table.period(), shown);
  }

  /** The table with the given cells (unit and month) withheld. */
  private static Results hide(Results table, String... cells) {
    Set<String> hidden = Set.of(cells);
    List<Outcome> out = new ArrayList<>();
    for (Outcome o : table.outcomes()) {
      out.add(
          hidden.contains(o.unit().name() + " " + o.period().label()) ? Disclosure.withheld(o) : o);
    }
    return Tables.results(table.programme(), table.period(), out);
  }

  @Test
  void acceptsOnlyPointsThatKeepEveryConstraint() {
    List<LinearConstraint> sumIsThree =
        List.of(
            new LinearConstraint(new double[] {1, 1}, Relationship.EQ, 3),
            new LinearConstraint(new double[] {1, 0}, Relationship.LEQ, 2));

    assertThat(IntervalAttacker.feasible(new double[] {1, 2}, sumIsThree)).isTrue();
    assertThat(IntervalAttacker.feasible(new double[] {1, 1}, sumIsThree)).isFalse();
    assertThat(IntervalAttacker.feasible(new double[] {3, 0}, sumIsThree)).isFalse();
    assertThat(IntervalAttacker.feasible(new double[] {4, -1}, sumIsThree)).isFalse();
  }

  /** Monthly counts with plenty of zeros and small values, as small districts have. */
  static long[][] noisyTable(int districts, long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    long[][] t = new long[districts][12];
    for (int d = 0; d < districts; d++) {
      int scale = r.nextInt(4);
      for (int m = 0; m < 12; m++) {
        t[d][m] =
            switch (scale) {
              case 0 -> r.nextInt(3);
              case 1 -> r.nextInt(8);
              case 2 -> r.nextInt(30);
              default -> 20 + r.nextInt(200);
            };
      }
    }
    return t;
  }
}
