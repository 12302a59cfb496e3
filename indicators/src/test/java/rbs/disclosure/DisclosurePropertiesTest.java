package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.ReportPeriod;
import rbs.model.Results;

class DisclosurePropertiesTest {

  @Property(tries = 150)
  void noVisibleCountIsSmallAndNoWithheldCountCanBeRecovered(@ForAll("countTables") Results table) {
    Results published = Disclosure.suppress(table);

    for (Outcome o : published.outcomes()) {
      if (o.flag() != Flag.WITHHELD) {
        long v = Attacker.visibleCount(o);
        assertThat(small(v)).as("visible %s %s", o.unit().name(), o.period().label()).isFalse();
      }
    }
    Attacker attacker = new Attacker(published.outcomes());
    for (Outcome hidden : attacker.withheld()) {
      assertThat(attacker.canRecover(hidden))
          .as("%s %s can be recovered", hidden.unit().name(), hidden.period().label())
          .isFalse();
    }
  }

  @Property(tries = 100)
  void sharesHideSmallGroupsAndTheirCountsCannotBeRecovered(@ForAll("shareTables") Results table) {
    Results published = Disclosure.suppress(table);

    for (Outcome o : published.outcomes()) {
      if (o.flag() == Flag.WITHHELD) {
        assertThat(o.value()).isEmpty();
        assertThat(o.numerator()).isEmpty();
        assertThat(o.denominator()).isEmpty();
      } else if (o.flag() == Flag.NONE) {
        long num = o.numerator().orElseThrow().longValue();
        long den = o.denominator().orElseThrow().longValue();
        assertThat(small(den))
            .as("den %s %s %d/%d", o.unit().name(), o.period().label(), num, den)
            .isFalse();
        assertThat(small(num))
            .as("num %s %s %d/%d", o.unit().name(), o.period().label(), num, den)
            .isFalse();
        assertThat(small(den - num))
            .as("rest %s %s %d/%d", o.unit().name(), o.period().label(), num, den)
            .isFalse();
      }
    }
    Attacker attacker = new Attacker(published.outcomes());
    for (Outcome hidden : attacker.withheld()) {
      assertThat(attacker.canRecover(hidden))
          .as("recover %s %s", hidden.unit().name(), hidden.period().label())
          .isFalse();
    }
  }

  @Property(tries = 50)
  void zerosAndLargeCountsOutsideAnyRelationStayVisible(@ForAll("countTables") Results table) {
    Results published = Disclosure.suppress(table);
    for (int i = 0; i < table.outcomes().size(); i++) {
      Outcome before = table.outcomes().get(i);
      Outcome after = published.outcomes().get(i);
      if (after.flag() != Flag.WITHHELD) {
        assertThat(after.value()).isEqualTo(before.value());
      }
    }
    boolean anySmall =
        table.outcomes().stream()
            .anyMatch(
                o -> o.value().map(BigDecimal::longValue).filter(v -> v >= 1 && v < 5).isPresent());
    boolean anyWithheld = published.outcomes().stream().anyMatch(o -> o.flag() == Flag.WITHHELD);
    assertThat(anyWithheld).isEqualTo(anySmall);
  }

  private static boolean small(long count) {
    return count >= 1 && count < Tables.THRESHOLD;
  }

  @Provide
  Arbitrary<Results> countTables() {
    return Combinators.combine(
            reports(),
            Arbitraries.integers().between(2, 6),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as((report, districts, seed) -> Tables.counts(report, table(districts, seed)));
  }

  @Provide
  Arbitrary<Results> shareTables() {
    return Combinators.combine(
            reports(),
            Arbitraries.integers().between(2, 5),
            Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(
            (report, districts, seed) -> {
              long[][] den = table(districts, seed);
              long[][] num = new long[districts][12];
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
              for (int d = 0; d < districts; d++) {
                for (int m = 0; m < 12; m++) {
                  num[d][m] = den[d][m] == 0 ? 0 : r.nextLong(den[d][m] + 1);
                }
              }
              return Tables.shares(report, num, den);
            });
  }

  private static Arbitrary<ReportPeriod> reports() {
    return Arbitraries.of(
        ReportPeriod.tertial(2014, 1), ReportPeriod.tertial(2014, 2), ReportPeriod.annual(2014));
  }

  /** Monthly counts with plenty of zeros and small values, as small districts have. */
  private static long[][] table(int districts, long seed) {
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
