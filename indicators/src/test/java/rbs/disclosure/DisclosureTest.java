package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.Aggregate;
import rbs.model.Flag;
import rbs.model.Outcome;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Status;
import rbs.model.Trend;

class DisclosureTest {

  private static final ReportPeriod T1 = ReportPeriod.tertial(2014, 1);

  @Test
  void withholdsSmallCountAndTheSmallestCellsThatWouldGiveItAway() {
    long[][] monthly = {
      {20, 20, 20, 20, 0, 0, 0, 0, 0, 0, 0, 0},
      {10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0},
      {3, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0}
    };
    Results published = Disclosure.suppress(Tables.counts(T1, monthly));

    // D3 January (3) is primary. The January total would give it away: D2 January (10, smaller
    // than D1's 20) goes too. D3's and D2's tertial would give them away: their February (the
    // first of equal months) goes too — and then nothing can be solved for.
    assertThat(withheld(published))
        .containsExactly("D2 2014-01", "D3 2014-01", "D2 2014-02", "D3 2014-02");
  }

  @Test
  void withheldCellsLoseValueCountsFulfilmentAndTrend() {
    long[][] monthly = {{20, 20, 20, 20}, {2, 10, 10, 10}};
    Results published = Disclosure.suppress(Tables.counts(T1, pad(monthly)));

    Outcome cell =
        published.outcomes().stream()
            .filter(o -> o.unit().name().equals("D2") && o.period().label().equals("2014-01"))
            .findFirst()
            .orElseThrow();
    assertThat(cell.flag()).isEqualTo(Flag.WITHHELD);
    assertThat(cell.value()).isEmpty();
    assertThat(cell.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(cell.trend()).isEqualTo(Trend.NOT_COMPARABLE);
  }

  @Test
  void showsZeroAndLeavesTablesWithoutSmallCountsAlone() {
    long[][] monthly = {{0, 20, 20, 20}, {10, 0, 10, 10}};
    Results table = Tables.counts(T1, pad(monthly));

    assertThat(Disclosure.suppress(table).outcomes()).isEqualTo(table.outcomes());
  }

  @Test
  void leavesSumsVisible() {
    assertThat(
            Disclosure.isProtected(
                new Aggregate(Aggregate.Kind.SUM, "s", Optional.of("dygn"), Optional.empty())))
        .isFalse();
    assertThat(Disclosure.isProtected(Tables.PERSONS)).isTrue();
  }

  @Test
  void withholdsShareWhenTheGroupOutsideTheNumeratorIsSmall() {
    // 18 of 20 answered yes: the two who did not are a group of two.
    Outcome share =
        Tables.share(
            "s",
            rbs.model.Unit.whole(Tables.programme(1)),
            rbs.model.Period.month(2014, 1),
            18,
            20);
    assertThat(Disclosure.isPrimary(new rbs.model.Share(Tables.PERSONS, Tables.PERSONS), share, 5))
        .isTrue();
    Outcome fine = Tables.share("s", share.unit(), share.period(), 10, 20);
    assertThat(Disclosure.isPrimary(new rbs.model.Share(Tables.PERSONS, Tables.PERSONS), fine, 5))
        .isFalse();
    assertThat(fine.value()).contains(new BigDecimal("50.000000"));
  }

  private static long[][] pad(long[][] t) {
    long[][] out = new long[t.length][12];
    for (int d = 0; d < t.length; d++) {
      System.arraycopy(t[d], 0, out[d], 0, t[d].length);
    }
    return out;
  }

  private static List<String> withheld(Results results) {
    return results.outcomes().stream()
        .filter(o -> o.flag() == Flag.WITHHELD)
        .map(o -> o.unit().name() + " " + o.period().label())
        .toList();
  }
}
