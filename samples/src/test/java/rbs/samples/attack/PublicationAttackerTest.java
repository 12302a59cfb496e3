package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import rbs.samples.attack.PublicationAttacker.Model;

/** The attacker on tables small enough to work out by hand. */
class PublicationAttackerTest {

  private static final PublicationAttacker ATTACKER = new PublicationAttacker(5, "Stockholm");

  @Test
  void twoWithheldMonthsBesideTheirShownTertialAreBoxedInByWhatTheTertialLeaves() {
    // issue 11: Farsta's children offered support, T1 — March + April = 11 - 0 - 8 = 3
    HandMade t1 =
        new HandMade("T1")
            .shown("Farsta", "2014-01", 0)
            .shown("Farsta", "2014-02", 8)
            .withheld("Farsta", "2014-03", 2)
            .withheld("Farsta", "2014-04", 1)
            .shown("Farsta", "2014-01..2014-04", 11);

    AttackReport r = attack(t1);

    assertThat(r.withheld()).hasSize(2);
    for (Finding f : r.withheld()) {
      assertThat(f.verdict()).as(f.toString()).isEqualTo(Verdict.BOXED);
      assertThat(f.range().lo()).as(f.toString()).isCloseTo(0, within(1e-4));
      assertThat(f.range().hi()).as(f.toString()).isCloseTo(3, within(1e-4));
      // the shortest least-squares split of 3 is 1.5 + 1.5, which rounds either way
      assertThat(f.estimate()).as(f.toString()).isBetween(1.0, 2.0);
    }
    assertThat(r.safe()).isFalse();
  }

  @Test
  void aCountNoSingleRelationGivesIsDeterminedByCombiningThem() {
    // A's tertial 2 hides in A's year to date (with A's tertial 1 withheld too) and in the
    // city's tertial 2 (withheld too); the city's tertial 1 gives A's tertial 1, then A's year
    // to date gives its tertial 2
    HandMade t2 =
        new HandMade("T2")
            .withheld("A", "2014-01..2014-04", 6)
            .withheld("A", "2014-05..2014-08", 3)
            .shown("A", "2014-01..2014-08", 9)
            .shown("B", "2014-01..2014-04", 20)
            .shown("B", "2014-05..2014-08", 15)
            .shown("B", "2014-01..2014-08", 35)
            .shown("Stockholm", "2014-01..2014-04", 26)
            .withheld("Stockholm", "2014-05..2014-08", 18)
            .shown("Stockholm", "2014-01..2014-08", 44);

    AttackReport r = attack(t2);

    assertThat(r.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cell().unit()).isEqualTo("A");
              assertThat(f.cell().span()).isEqualTo(Span.months(2014, 5, 8));
              assertThat(f.verdict()).isEqualTo(Verdict.DETERMINED);
              assertThat(f.range().lo()).isCloseTo(3, within(1e-4));
              assertThat(f.range().hi()).isCloseTo(3, within(1e-4));
              assertThat(f.estimate()).isEqualTo(3);
            });
  }

  @Test
  void twoPublicationsEachSafeAloneDetermineACountTogether() {
    // the first shows the tertial and hides February and March; the second shows February and
    // hides March and the tertial
    HandMade first =
        new HandMade("first")
            .shown("Farsta", "2014-01", 5)
            .withheld("Farsta", "2014-02", 6)
            .withheld("Farsta", "2014-03", 3)
            .shown("Farsta", "2014-04", 6)
            .shown("Farsta", "2014-01..2014-04", 20);
    HandMade second =
        new HandMade("second")
            .shown("Farsta", "2014-01", 5)
            .shown("Farsta", "2014-02", 6)
            .withheld("Farsta", "2014-03", 3)
            .shown("Farsta", "2014-04", 6)
            .withheld("Farsta", "2014-01..2014-04", 20);

    AttackReport alone = attack(first);
    AttackReport secondAlone = attack(second);
    AttackReport together =
        ATTACKER.attack(
            "both",
            List.of(first.published(), second.published()),
            List.of(first.internal(), second.internal()));

    assertThat(alone.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.SAFE);
              assertThat(f.range().lo()).isCloseTo(0, within(1e-4));
              assertThat(f.range().hi()).isCloseTo(9, within(1e-4));
            });
    assertThat(secondAlone.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.SAFE);
              assertThat(f.range().hi()).isInfinite();
            });
    assertThat(alone.safe()).isTrue();
    assertThat(secondAlone.safe()).isTrue();
    assertThat(together.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.cell().span()).isEqualTo(Span.month(2014, 3));
              assertThat(f.verdict()).isEqualTo(Verdict.DETERMINED);
              assertThat(f.range().lo()).isCloseTo(3, within(1e-4));
              assertThat(f.range().hi()).isCloseTo(3, within(1e-4));
            });
  }

  @Test
  void aSmallCountHiddenWithThreeComplementsInRowAndColumnIsSafe() {
    // A's March (2) with A's April, B's March and B's April: the 2 x 2 block can shift by up to
    // 10 while every margin stays
    HandMade t1 =
        new HandMade("T1")
            .shown("A", "2014-01", 5)
            .shown("A", "2014-02", 6)
            .withheld("A", "2014-03", 2)
            .withheld("A", "2014-04", 9)
            .shown("A", "2014-01..2014-04", 22)
            .shown("B", "2014-01", 7)
            .shown("B", "2014-02", 9)
            .withheld("B", "2014-03", 8)
            .withheld("B", "2014-04", 7)
            .shown("B", "2014-01..2014-04", 31)
            .shown("C", "2014-01", 6)
            .shown("C", "2014-02", 5)
            .shown("C", "2014-03", 10)
            .shown("C", "2014-04", 12)
            .shown("C", "2014-01..2014-04", 33)
            .shown("Stockholm", "2014-01", 18)
            .shown("Stockholm", "2014-02", 20)
            .shown("Stockholm", "2014-03", 20)
            .shown("Stockholm", "2014-04", 28)
            .shown("Stockholm", "2014-01..2014-04", 86);

    AttackReport r = attack(t1);

    assertThat(r.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.SAFE);
              assertThat(f.range().lo()).isCloseTo(0, within(1e-4));
              assertThat(f.range().hi()).isCloseTo(10, within(1e-4));
            });
    assertThat(r.safe()).isTrue();
    assertThat(r.coverage().withheld()).isEqualTo(4);
    assertThat(r.coverage().primary()).isEqualTo(1);
    assertThat(r.coverage().complements()).isEqualTo(3);
    assertThat(r.coverage().shownShare()).isCloseTo(16.0 / 19, within(1e-9));
  }

  /**
   * Distinct persons: one woman in A and C in January, one in A in both months, one in C in both.
   * The city's January (20) is less than its districts' sum (21), the year to date less than its
   * months.
   */
  private static HandMade distinctPersons() {
    return new HandMade("T1")
        .shown("A", "2014-01", 8)
        .withheld("A", "2014-02", 3)
        .shown("A", "2014-01..2014-02", 10)
        .shown("B", "2014-01", 7)
        .withheld("B", "2014-02", 9)
        .shown("B", "2014-01..2014-02", 16)
        .shown("C", "2014-01", 6)
        .shown("C", "2014-02", 8)
        .shown("C", "2014-01..2014-02", 13)
        .shown("Stockholm", "2014-01", 20)
        .shown("Stockholm", "2014-02", 20)
        .shown("Stockholm", "2014-01..2014-02", 38);
  }

  @Test
  void inconsistentDistinctPersonCountsStillGiveTheRangeTheLeastViolationLeaves() {
    // taken as exact: A's year to date says A's February is 2, the city's February says A + B =
    // 12 with B's year to date saying B = 9: one of them must give by 1, so A's February is 2..3
    AttackReport r =
        new PublicationAttacker(5, "Stockholm", Model.EXACT)
            .attack(
                "T1",
                List.of(distinctPersons().published()),
                List.of(distinctPersons().internal()));

    assertThat(r.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.range().lo()).isCloseTo(2, within(1e-3));
              assertThat(f.range().hi()).isCloseTo(3, within(1e-3));
              assertThat(f.truthInRange()).isTrue();
              assertThat(f.verdict()).isEqualTo(Verdict.BOXED);
            });
  }

  @Test
  void calibratedRelationsAllowTheOverlapTheFullyShownOnesShow() {
    // C's months exceed its year to date by 1/13, the city's January its districts by 1/20:
    // A's months may exceed its year to date of 10 by up to 10/13, so A's February is
    // 2..2 + 10/13
    AttackReport r = attack(distinctPersons());

    assertThat(r.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.range().lo()).isCloseTo(2, within(1e-3));
              assertThat(f.range().hi()).isCloseTo(2 + 10.0 / 13, within(1e-3));
              assertThat(f.truthInRange()).isTrue();
              assertThat(f.verdict()).isEqualTo(Verdict.BOXED);
            });
  }

  @Test
  void monthsThatAlreadyExceedTheirTertialPinAWithheldMonthOnlyWhenTakenAsExact() {
    // the same women month after month: 8 + 9 + 7 shown against a tertial of 12
    HandMade t1 =
        new HandMade("T1")
            .shown("Farsta", "2014-01", 8)
            .shown("Farsta", "2014-02", 9)
            .withheld("Farsta", "2014-03", 3)
            .shown("Farsta", "2014-04", 7)
            .shown("Farsta", "2014-01..2014-04", 12);

    AttackReport exact =
        new PublicationAttacker(5, "Stockholm", Model.EXACT)
            .attack("T1", List.of(t1.published()), List.of(t1.internal()));
    AttackReport calibrated = attack(t1);

    // taken as exact, the least violation puts March at 0: a wrong "proof"
    assertThat(exact.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.DETERMINED);
              assertThat(f.range().hi()).isCloseTo(0, within(1e-4));
              assertThat(f.truthInRange()).isFalse();
            });
    // the shown months prove overlap, so only the sound band remains: the tertial is at most the
    // months' sum and at least a quarter of it, so March is 0..4 × 12 - 24
    assertThat(calibrated.withheld())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.SAFE);
              assertThat(f.range().lo()).isCloseTo(0, within(1e-4));
              assertThat(f.range().hi()).isCloseTo(24, within(1e-4));
            });
  }

  @Test
  void aWithheldShareIsAttackedInItsNumeratorDenominatorAndRest() {
    HandMade t1 =
        new HandMade("T1")
            .withheldShare("A", "2014-01..2014-04", 2, 4)
            .shownShare("B", "2014-01..2014-04", 10, 20)
            .shownShare("Stockholm", "2014-01..2014-04", 12, 24);

    AttackReport r = attack(t1);

    assertThat(r.withheld())
        .extracting(Finding::count)
        .containsExactly(Count.NUMERATOR, Count.DENOMINATOR, Count.REST);
    assertThat(r.withheld())
        .allSatisfy(
            f -> {
              assertThat(f.verdict()).isEqualTo(Verdict.DETERMINED);
              assertThat(f.range().lo()).isCloseTo(f.truth(), within(1e-4));
            });
  }

  @Test
  void aSmallCountShownOutrightIsFound() {
    HandMade t1 =
        new HandMade("T1")
            .shown("Farsta", "2014-01", 3)
            .shown("Farsta", "2014-02", 0)
            .indicator("s")
            .shownShare("Bromma", "2014-01", 28, 30);

    AttackReport r = attack(t1);

    assertThat(r.shown())
        .extracting(f -> f.cell().unit() + " " + f.count() + " " + (long) f.truth())
        .containsExactly("Farsta value 3", "Bromma denominator-numerator 2");
    assertThat(r.shown()).allMatch(f -> f.verdict() == Verdict.SHOWN);
    assertThat(r.safe()).isFalse();
  }

  @Test
  void aForecastShownBesideItsWithheldYearToDateGivesItAway() {
    HandMade t1 =
        new HandMade("T1")
            .withheld("Farsta", "2014-01..2014-04", 3)
            .forecast("Farsta", 2014, 9)
            .shown("Bromma", "2014-01..2014-04", 30)
            .forecast("Bromma", 2014, 90);

    AttackReport r = attack(t1);

    assertThat(r.forecastLeaks())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.yearToDate().unit()).isEqualTo("Farsta");
              assertThat(l.yearToDate().span()).isEqualTo(Span.months(2014, 1, 4));
              assertThat(l.forecast()).isEqualTo(9);
            });
    assertThat(r.safe()).isFalse();
  }

  private static AttackReport attack(HandMade publication) {
    return ATTACKER.attack(
        publication.published().name(),
        List.of(publication.published()),
        List.of(publication.internal()));
  }
}
