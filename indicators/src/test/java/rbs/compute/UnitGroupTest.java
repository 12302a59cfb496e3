package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static rbs.compute.Fixtures.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.District;
import rbs.model.DistrictGroup;
import rbs.model.Flag;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.PublicationLevels;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.Source;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Unit;
import rbs.rows.Row;

/** A named group of districts is a unit counted from its members' records. */
class UnitGroupTest {

  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final Period YTD = Period.yearToDate(2014, 4);
  private static final LocalDate LATE = LocalDate.of(2015, 1, 15);

  /** Districts A, B, C; the group "Mottagningen" (alias "AB") of A and B. */
  private static Programme programme(Source source, Indicator... indicators) {
    return new Programme(
        "test",
        "Test",
        "",
        "Stad",
        "sv",
        List.of(
            new District("A", List.of()),
            new District("B", List.of()),
            new District("C", List.of())),
        5,
        List.of(
            new TargetGroup(
                "g", "G", List.of(new Goal("goal", "Goal", GoalRule.ALL, List.of(indicators))))),
        List.of(source),
        java.nio.file.Path.of("programme.yaml"),
        List.of(),
        PublicationLevels.standard(),
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        List.of(new DistrictGroup("Mottagningen", List.of("AB"), List.of("B", "A"))),
        java.util.Optional.empty(),
        List.of(),
        Optional.empty());
  }

  private static Results run(Programme p, List<Row> rows) {
    return new LocalEngine()
        .compute(
            p, ReportPeriod.tertial(2014, 1), LATE, Fixtures.feed(rows), Fixtures.FILTER_FACTORY);
  }

  private static Unit unit(Programme p, String name) {
    return p.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
  }

  private static Outcome outcome(Results r, String indicator, Unit unit, Period period) {
    return r.outcomes().stream()
        .filter(o -> o.indicatorId().equals(indicator))
        .filter(o -> o.unit().equals(unit))
        .filter(o -> o.period().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome " + indicator + unit + period));
  }

  private static BigDecimal value(Results r, String indicator, Unit unit, Period period) {
    return outcome(r, indicator, unit, period).value().orElseThrow();
  }

  @Test
  void theGroupIsAUnitBetweenTheDistrictsAndTheWhole() {
    Programme p =
        programme(Fixtures.events(false), Fixtures.indicator("n", Fixtures.persons(null), false));

    assertThat(p.units())
        .extracting(Unit::name)
        .containsExactly("A", "B", "C", "Mottagningen", "Stad");
    Unit group = unit(p, "Mottagningen");
    assertThat(group.level()).isEqualTo(Unit.Level.GROUP);
    assertThat(group.members()).extracting(Unit::name).containsExactly("A", "B");
    assertThat(group.answersTo("ab")).isTrue();
  }

  @Test
  void aPersonInTwoMembersCountsOnceInTheGroupNeverASumOfTheMembersCounts() {
    Programme p =
        programme(
            Fixtures.events(false),
            Fixtures.indicator("persons", Fixtures.persons(null), false),
            Fixtures.indicator("records", Fixtures.records(null), false));
    // P1 in A (Jan) and B (Feb); P2 in A (Jan, Mar); P3 in B (Apr); P4 in C (Feb), P1 in C too
    List<Row> rows =
        Fixtures.rows(
            row(A, "2014-01-10", 1, "offered"),
            row(B, "2014-02-10", 1, "offered"),
            row(A, "2014-01-20", 2, "offered"),
            row(A, "2014-03-20", 2, "offered"),
            row(B, "2014-04-02", 3, "offered"),
            row(C, "2014-02-03", 4, "offered"),
            row(C, "2014-02-04", 1, "offered"));

    Results r = run(p, rows);

    Unit group = unit(p, "Mottagningen");
    // the members' own counts: A has P1, P2; B has P1, P3
    assertThat(value(r, "persons", unit(p, "A"), YTD)).isEqualByComparingTo("2");
    assertThat(value(r, "persons", unit(p, "B"), YTD)).isEqualByComparingTo("2");
    // the group: P1, P2, P3 — three persons, not 2 + 2; C's persons are not in it
    assertThat(value(r, "persons", group, YTD)).isEqualByComparingTo("3");
    assertThat(value(r, "persons", group, Period.month(2014, 1))).isEqualByComparingTo("2");
    assertThat(value(r, "persons", group, Period.month(2014, 2))).isEqualByComparingTo("1");
    // the whole: P1..P4
    assertThat(value(r, "persons", unit(p, "Stad"), YTD)).isEqualByComparingTo("4");
    // records do add up: A 3 + B 2
    assertThat(value(r, "records", group, YTD)).isEqualByComparingTo("5");
    assertThat(value(r, "records", unit(p, "Stad"), YTD)).isEqualByComparingTo("7");
  }

  @Test
  void aGroupHasItsOwnTargetByName() {
    Programme p =
        programme(
            Fixtures.events(false),
            Fixtures.indicator(
                "persons",
                Fixtures.persons(null),
                false,
                Fixtures.target(2014, "Mottagningen", "3"),
                Fixtures.target(2014, "10")));
    List<Row> rows =
        Fixtures.rows(
            row(A, "2014-01-10", 1, "offered"),
            row(B, "2014-02-10", 1, "offered"),
            row(B, "2014-02-11", 2, "offered"),
            row(C, "2014-02-11", 3, "offered"));

    Results r = run(p, rows);

    Outcome group = outcome(r, "persons", unit(p, "Mottagningen"), YTD);
    assertThat(group.target()).contains(new BigDecimal("3"));
    assertThat(group.status()).isEqualTo(Status.NOT_MET);
    // the city-wide count target is the whole's, not the group's, and the group's is not A's
    assertThat(outcome(r, "persons", unit(p, "Stad"), YTD).target()).contains(BigDecimal.TEN);
    assertThat(outcome(r, "persons", unit(p, "A"), YTD).target()).isEmpty();
  }

  @Test
  void aGroupMonthIsMissingWhenAllItsMembersAreAndIncompleteWhenSomeAre() {
    Programme p =
        programme(Fixtures.events(true), Fixtures.indicator("n", Fixtures.records(null), false));
    List<Row> rows = new java.util.ArrayList<>();
    for (int month = 1; month <= 4; month++) {
      String date = "2014-0" + month + "-05";
      rows.add(row(C, date, 9, "offered"));
      if (month != 2) {
        rows.add(row(A, date, 1, "offered"));
      }
      if (month != 2 && month != 3) {
        rows.add(row(B, date, 2, "offered"));
      }
    }
    // the other year in full, so that nothing is missing there
    for (int month = 1; month <= 12; month++) {
      String date = String.format("2013-%02d-05", month);
      for (int d = A; d <= C; d++) {
        rows.add(row(d, date, 7, "offered"));
      }
    }

    Results r = run(p, rows);

    Unit group = unit(p, "Mottagningen");
    assertThat(outcome(r, "n", group, Period.month(2014, 2)).flag()).isEqualTo(Flag.MISSING);
    Outcome march = outcome(r, "n", group, Period.month(2014, 3));
    assertThat(march.value()).contains(BigDecimal.ONE);
    assertThat(march.incomplete()).isTrue();
    assertThat(outcome(r, "n", group, Period.month(2014, 1)).incomplete()).isFalse();
    assertThat(outcome(r, "n", group, YTD).incomplete()).isTrue();
    // C delivered every month: the group's gaps are not C's
    assertThat(outcome(r, "n", unit(p, "C"), YTD).incomplete()).isFalse();
  }
}
