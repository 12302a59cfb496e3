package rbs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.Aggregate;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.MeasureKind;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Publication;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Share;
import rbs.model.Status;
import rbs.model.Trend;
import rbs.model.Unit;

class DisclosureTest {

  private static final ReportPeriod T1 = ReportPeriod.tertial(2014, 1);
  private static final ReportPeriod T2 = ReportPeriod.tertial(2014, 2);

  @Test
  void publishesTheMunicipalityByMonthAndDistrictsByYearToDate() {
    long[][] monthly = {{20, 20, 20, 20}, {10, 10, 10, 10}};
    Results table = Tables.counts(T1, pad(monthly));

    Results published = Disclosure.suppress(table);

    assertThat(published.publication().published()).isTrue();
    assertThat(shown(published, "D1")).containsExactly("2014-01..04");
    assertThat(shown(published, "Staden"))
        .containsExactly("2014-01", "2014-02", "2014-03", "2014-04", "2014-T1", "2014-01..04");
    // the districts' months and tertial are left out, not shown as withheld
    assertThat(published.publication().summary().unpublished()).isEqualTo(2 * 5);
    assertThat(published.outcomes()).noneMatch(o -> o.flag() == Flag.WITHHELD);
  }

  @Test
  void withholdsASmallDistrictAndTheCheapestDistrictBesideIt() {
    long[][] monthly = {{20, 20, 20, 20}, {1, 0, 1, 1}, {5, 5, 5, 5}};
    Results published = Disclosure.suppress(Tables.counts(T1, pad(monthly)));

    // D2's 3 would be the city's 103 minus 80 and 20: D3 (20, smaller than D1's 80) goes too;
    // the city's own figure stays
    assertThat(withheld(published)).containsExactly("D2 2014-01..04", "D3 2014-01..04");
    assertThat(published.publication().summary().primary()).isEqualTo(1);
    assertThat(published.publication().summary().complements()).isEqualTo(1);
  }

  @Test
  void protectsASumThatCountsPeopleAndLeavesAmountsAlone() {
    // accompanying children summed from a column: D2's 3 children are as identifying as 3 persons
    long[][] monthly = {{20, 20, 20, 20}, {1, 0, 1, 1}, {5, 5, 5, 5}};

    Results children = Disclosure.suppress(Tables.sums(T1, pad(monthly), true));
    Results amounts = Disclosure.suppress(Tables.sums(T1, pad(monthly), false));

    assertThat(withheld(children)).contains("D2 2014-01..04").hasSizeGreaterThan(1);
    assertThat(withheld(amounts)).isEmpty();
  }

  @Test
  void keepsAWithheldSmallCountInARangeAsWideAsTheThreshold() {
    // every level published: D1's March (1) and April (2) are small; withholding just the two
    // would show March + April = 3 (the tertial minus January and February): boxed into 0..3
    long[][] monthly = {{10, 10, 1, 2}, {20, 20, 20, 20}, {30, 30, 30, 30}};
    Results table = Tables.counts(T1, pad(monthly), PublicationLevels.all());

    Results published = Disclosure.suppress(table);

    assertThat(withheld(published)).contains("D1 2014-03", "D1 2014-04");
    assertThat(withheld(published)).hasSizeGreaterThan(2);
    assertThat(new IntervalAttacker(table, List.of(published)).boxedIn()).isEmpty();
  }

  @Test
  void neverWithholdsAMunicipalityHeadlineWhenDistrictCellsWillDo() {
    long[][] monthly = {{3, 0, 0, 0}, {40, 40, 40, 40}, {60, 60, 60, 60}, {9, 9, 9, 9}};
    Results published = Disclosure.suppress(Tables.counts(T1, pad(monthly)));

    assertThat(withheld(published)).noneMatch(c -> c.startsWith("Staden"));
    assertThat(published.publication().summary().wholeAboveMonthWithheld()).isZero();
  }

  @Test
  void withholdsAgainWhatAnEarlierPublicationWithheld() {
    long[][] monthly = {{20, 20, 20, 20, 20, 20, 20, 20}, {10, 10, 10, 10, 10, 10, 10, 10}};
    Results table = Tables.counts(T2, pad(monthly));
    // an earlier publication (made on other data) withheld D2's year to date in April
    Outcome april = find(Tables.counts(T1, pad(monthly)), "D2", "2014-01..04");
    EarlierPublication earlier = new EarlierPublication("2014-T1", List.of(withheld(april)));

    Results published = Disclosure.suppress(table, List.of(earlier));

    // Jan–Apr is not published for districts in a T2 report; its neighbours stay consistent:
    // D2's Jan–Aug alone would give nothing away, and nothing here is small
    assertThat(withheld(published)).isEmpty();
    Results again = Disclosure.suppress(Tables.counts(T1, pad(monthly)), List.of(earlier));
    assertThat(withheld(again)).contains("D2 2014-01..04");
  }

  @Test
  void showsWhatAnEarlierPublicationShowedAndNotesARevision() {
    long[][] monthly = {{20, 20, 20, 20}, {10, 10, 10, 10}};
    Results table = Tables.counts(T1, pad(monthly));
    Outcome before = find(table, "D1", "2014-01..04");
    Outcome other =
        new Outcome(
            before.indicatorId(),
            before.unit(),
            before.period(),
            Optional.of(new BigDecimal("79")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Status.NOT_ASSESSABLE,
            Trend.NOT_COMPARABLE,
            Flag.NONE,
            false);

    Results published =
        Disclosure.suppress(table, List.of(new EarlierPublication("2014-T1", List.of(other))));

    assertThat(published.publication().revisions())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.unit()).isEqualTo("D1");
              assertThat(r.publication()).isEqualTo("2014-T1");
              assertThat(r.before()).isEqualTo("79");
              assertThat(r.now()).isEqualTo("80");
            });
  }

  @Test
  void aRerunWithItsOwnRecordPublishesTheSame() {
    long[][] monthly = {
      {20, 2, 20, 20, 3, 20, 1, 20}, {1, 10, 10, 0, 10, 4, 10, 10}, {5, 5, 5, 5, 5, 5, 5, 5}
    };
    Results table = Tables.counts(T2, pad(monthly));
    Results first = Disclosure.suppress(table);

    Results second =
        Disclosure.suppress(table, List.of(new EarlierPublication("2014-T2", first.outcomes())));

    assertThat(second.outcomes()).isEqualTo(first.outcomes());
  }

  @Test
  void withheldCellsLoseNumbersFulfilmentTrendAndForecast() {
    long[][] monthly = {{20, 20, 20, 20}, {2, 0, 0, 0}, {30, 30, 30, 30}};
    Results table = withForecast(Tables.counts(T1, pad(monthly)));

    Results published = Disclosure.suppress(table);

    Outcome cell = find(published, "D2", "2014-01..04");
    assertThat(cell.flag()).isEqualTo(Flag.WITHHELD);
    assertThat(cell.value()).isEmpty();
    assertThat(cell.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(cell.trend()).isEqualTo(Trend.NOT_COMPARABLE);
    // the forecast is the year to date scaled up: withheld with it
    assertThat(find(published, "D2", "2014-forecast").flag()).isEqualTo(Flag.WITHHELD);
    assertThat(find(published, "D3", "2014-forecast").flag()).isEqualTo(Flag.NONE);
    assertThat(find(published, "Staden", "2014-forecast").flag()).isEqualTo(Flag.NONE);
  }

  @Test
  void showsZeroAndLeavesTablesWithoutSmallCountsAlone() {
    long[][] monthly = {{0, 20, 20, 20}, {10, 0, 10, 10}};
    Results table = Tables.counts(T1, pad(monthly), PublicationLevels.all());

    assertThat(Disclosure.suppress(table).outcomes()).isEqualTo(table.outcomes());
  }

  @Test
  void leavesSumsAlone() {
    Aggregate nights = new Aggregate(MeasureKind.SUM, "s", Optional.of("dygn"), Optional.empty());
    assertThat(nights.countsPeople()).isFalse();
    assertThat(Tables.PERSONS.countsPeople()).isTrue();
  }

  @Test
  void withholdsAShareWhenTheGroupOutsideTheNumeratorIsSmall() {
    // 18 of 20 answered yes: the two who did not are a group of two
    Share share = new Share(Tables.PERSONS, Tables.PERSONS);
    Unit whole = Unit.whole(Tables.programme(1));
    assertThat(share.isSmall(Tables.share("s", whole, Period.month(2014, 1), 18, 20), 5)).isTrue();
    assertThat(share.isSmall(Tables.share("s", whole, Period.month(2014, 1), 10, 20), 5)).isFalse();
  }

  @Test
  void publishedResultsCannotShowASmallCount() {
    Results table = Tables.counts(T1, pad(new long[][] {{20, 20, 20, 20}, {1, 1, 0, 0}}));
    Results published = Disclosure.suppress(table);
    List<Outcome> leaked = new ArrayList<>(published.outcomes());
    leaked.replaceAll(o -> o.flag() == Flag.WITHHELD ? find(table, o) : o);

    assertThatThrownBy(
            () ->
                new Results(
                    table.programme(),
                    table.period(),
                    table.asOf(),
                    leaked,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    published.publication()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("small count");
    assertThat(Publication.internal().published()).isFalse();
  }

  @Test
  void aGroupIsPublishedAtTheDistrictsLevelsAndItsSmallCountIsProtected() {
    // G1 = D1 + D2 = 2 in T1: small, although the group's members are not both small
    long[][] monthly = {{1, 0, 0, 0}, {0, 1, 0, 0}, {30, 30, 30, 30}, {20, 20, 20, 20}};
    Results table =
        Tables.counts(T1, pad(monthly), PublicationLevels.standard(), List.of(new int[] {0, 1}));

    Results published = Disclosure.suppress(table);

    assertThat(shown(published, "G1")).containsExactly("2014-01..04");
    assertThat(withheld(published)).contains("G1 2014-01..04", "D1 2014-01..04", "D2 2014-01..04");
    IntervalAttacker attacker = new IntervalAttacker(table, List.of(published));
    assertThat(attacker.visibleSmall()).isEmpty();
    assertThat(attacker.boxedIn()).isEmpty();
  }

  @Test
  void aMembersSmallCountCannotBeRecoveredAsTheGroupMinusTheOtherMembers() {
    // D1's 3 hides beside D3 (the cheapest district), but G1 (403) − D2 (400) would give it away
    long[][] monthly = {{1, 1, 1, 0}, {100, 100, 100, 100}, {10, 10, 10, 10}, {20, 20, 20, 20}};
    Results table =
        Tables.counts(T1, pad(monthly), PublicationLevels.standard(), List.of(new int[] {0, 1}));

    Results published = Disclosure.suppress(table);

    List<String> hidden = withheld(published);
    assertThat(hidden).contains("D1 2014-01..04");
    assertThat(hidden).containsAnyOf("G1 2014-01..04", "D2 2014-01..04");
    IntervalAttacker attacker = new IntervalAttacker(table, List.of(published));
    assertThat(attacker.boxedIn()).isEmpty();
    // the same table without the group needs no more than one district beside D1
    Results alone = Disclosure.suppress(Tables.counts(T1, pad(monthly)));
    assertThat(withheld(alone)).hasSize(2);
  }

  @Test
  void aProgrammeMayPublishItsGroupsByTertialWhileItsDistrictsAreShownByYearToDate() {
    long[][] monthly = {{20, 20, 20, 20}, {10, 10, 10, 10}, {30, 30, 30, 30}};
    PublicationLevels levels =
        new PublicationLevels(
            PublicationLevels.standard().whole(),
            PublicationLevels.standard().districts(),
            java.util.EnumSet.of(PeriodKind.TERTIAL, PeriodKind.YEAR_TO_DATE));
    Results table = Tables.counts(T1, pad(monthly), levels, List.of(new int[] {0, 2}));

    Results published = Disclosure.suppress(table);

    assertThat(shown(published, "G1")).containsExactly("2014-T1", "2014-01..04");
    assertThat(shown(published, "D1")).containsExactly("2014-01..04");
    assertThat(find(published, "G1", "2014-01..04").value()).contains(BigDecimal.valueOf(200));
  }

  private static Results withForecast(Results table) {
    List<Outcome> all = new ArrayList<>(table.outcomes());
    for (Outcome o : table.outcomes()) {
      if (o.period().kind() == PeriodKind.YEAR_TO_DATE) {
        all.add(
            new Outcome(
                o.indicatorId(),
                o.unit(),
                Period.forecast(o.period().year()),
                o.value().map(v -> v.multiply(BigDecimal.valueOf(3))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Status.NOT_ASSESSABLE,
                Trend.NOT_COMPARABLE,
                Flag.NONE,
                false));
      }
    }
    return Tables.results(table.programme(), table.period(), all);
  }

  private static Outcome withheld(Outcome o) {
    return Disclosure.withheld(o);
  }

  private static Outcome find(Results results, String unit, String label) {
    return results.outcomes().stream()
        .filter(o -> o.unit().name().equals(unit) && o.period().label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  private static Outcome find(Results results, Outcome like) {
    return find(results, like.unit().name(), like.period().label());
  }

  private static List<String> shown(Results results, String unit) {
    return results.outcomes().stream()
        .filter(o -> o.unit().name().equals(unit))
        .map(o -> o.period().label())
        .toList();
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
