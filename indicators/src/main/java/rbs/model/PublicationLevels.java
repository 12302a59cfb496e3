package rbs.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which levels a published report shows: the period kinds published for the whole municipality, for
 * each district and for each group of districts (by default the districts' levels). Levels left out
 * are not in a published workbook or results.csv at all (not shown as withheld). A full-year
 * forecast is published wherever the year to date is.
 *
 * @param whole the period kinds published for the whole municipality
 * @param districts the period kinds published for each district
 * @param groups the period kinds published for each group of districts
 */
public record PublicationLevels(
    Set<PeriodKind> whole, Set<PeriodKind> districts, Set<PeriodKind> groups) {

  public PublicationLevels {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(districts, "districts");
    Objects.requireNonNull(groups, "groups");
    if (whole.contains(PeriodKind.FORECAST)
        || districts.contains(PeriodKind.FORECAST)
        || groups.contains(PeriodKind.FORECAST)) {
      throw new IllegalArgumentException("the forecast follows the year to date; do not list it");
    }
    whole = Set.copyOf(whole);
    districts = Set.copyOf(districts);
    groups = Set.copyOf(groups);
  }

  /** Groups of districts shown at the districts' levels. */
  public PublicationLevels(Set<PeriodKind> whole, Set<PeriodKind> districts) {
    this(whole, districts, districts);
  }

  /**
   * What a committee needs: the municipality by month, tertial, year to date, year and rolling
   * twelve months; each district by year to date, year and rolling twelve months (a year's worth of
   * people, like the year). A district's month is rarely more than a handful, and its tertial is
   * the difference of two year-to-date figures the year's reports publish anyway: printing it as
   * well adds no number a reader lacks, only one more sum to protect (see docs/disclosure.md for
   * the measured difference).
   */
  public static PublicationLevels standard() {
    return new PublicationLevels(
        EnumSet.of(
            PeriodKind.MONTH,
            PeriodKind.TERTIAL,
            PeriodKind.YEAR_TO_DATE,
            PeriodKind.YEAR,
            PeriodKind.ROLLING),
        EnumSet.of(PeriodKind.YEAR_TO_DATE, PeriodKind.YEAR, PeriodKind.ROLLING));
  }

  /** Every level, as an internal report shows. */
  public static PublicationLevels all() {
    Set<PeriodKind> kinds =
        EnumSet.of(
            PeriodKind.MONTH,
            PeriodKind.TERTIAL,
            PeriodKind.YEAR_TO_DATE,
            PeriodKind.YEAR,
            PeriodKind.ROLLING);
    return new PublicationLevels(kinds, kinds);
  }

  /** Whether a published report shows outcomes of this unit and period. */
  public boolean publishes(Unit unit, Period period) {
    PeriodKind kind =
        period.kind() == PeriodKind.FORECAST ? PeriodKind.YEAR_TO_DATE : period.kind();
    Set<PeriodKind> shown =
        switch (unit.level()) {
          case DISTRICT -> districts;
          case GROUP -> groups;
          case MUNICIPALITY -> whole;
        };
    return shown.contains(kind);
  }

  /**
   * Whether a published report shows a breakdown category's outcome of this unit and period: the
   * municipality's year to date, year and rolling year, when the municipality's are published. A
   * district's (or group's) categories are small numbers of a few people each, tied to its own
   * numbers and to the other districts' categories by sums a reader can exploit, and so are the
   * city's months and tertials (the youngest women of a tertial); the city's gender-equality and
   * age analysis over the year is what the follow-up asks for, and the rest stays in internal
   * reports.
   */
  public boolean publishesBreakdown(Unit unit, Period period) {
    return unit.isWhole() && BREAKDOWN_LEVELS.contains(period.kind()) && publishes(unit, period);
  }

  /** The period kinds a breakdown is published at (see {@link #publishesBreakdown}). */
  public static final Set<PeriodKind> BREAKDOWN_LEVELS =
      Set.of(PeriodKind.YEAR_TO_DATE, PeriodKind.YEAR, PeriodKind.ROLLING);
}
