package rbs.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one report run computed: outcomes of every indicator and goal for every unit and
 * period of the report (and the same periods last year), and what was read to get them.
 *
 * <p>Published results (see {@link Publication}) never show a small count of people and hold no
 * outcome of a level the programme does not publish: the constructor refuses them, so no writer can
 * be handed unprotected numbers labelled as published.
 *
 * @param asOf the date the run counts as "today" (fixes the output for reruns)
 * @param outcomes sorted by indicator (declaration order), unit, period
 * @param publication internal, or published with what disclosure control did
 * @param breakdowns the outcomes of the indicators' breakdown categories, sorted like the outcomes
 *     with the breakdown and category after the indicator
 */
public record Results(
    Programme programme,
    ReportPeriod period,
    LocalDate asOf,
    List<Outcome> outcomes,
    List<GoalOutcome> goals,
    List<InputFile> inputs,
    List<MissingData> missing,
    List<RejectSummary> rejects,
    Publication publication,
    List<SliceOutcome> breakdowns) {

  public Results {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(publication, "publication");
    outcomes = List.copyOf(outcomes);
    goals = List.copyOf(goals);
    inputs = List.copyOf(inputs);
    missing = List.copyOf(missing);
    rejects = List.copyOf(rejects);
    breakdowns = List.copyOf(breakdowns);
    if (publication.published()) {
      checkPublishable(programme, publication.levels(), outcomes, goals);
      for (SliceOutcome b : breakdowns) {
        if (!publication.levels().publishesBreakdown(b.outcome().unit(), b.outcome().period())) {
          throw new IllegalArgumentException(
              "published results hold an unpublished breakdown level: " + where(b.outcome()));
        }
      }
      List<Outcome> categories = breakdowns.stream().map(SliceOutcome::outcome).toList();
      checkPublishable(programme, publication.levels(), categories, List.of());
    }
  }

  /** Results without breakdowns. */
  public Results(
      Programme programme,
      ReportPeriod period,
      LocalDate asOf,
      List<Outcome> outcomes,
      List<GoalOutcome> goals,
      List<InputFile> inputs,
      List<MissingData> missing,
      List<RejectSummary> rejects,
      Publication publication) {
    this(
        programme, period, asOf, outcomes, goals, inputs, missing, rejects, publication, List.of());
  }

  /** Internal results: every number, for analysts. */
  public Results(
      Programme programme,
      ReportPeriod period,
      LocalDate asOf,
      List<Outcome> outcomes,
      List<GoalOutcome> goals,
      List<InputFile> inputs,
      List<MissingData> missing,
      List<RejectSummary> rejects) {
    this(
        programme, period, asOf, outcomes, goals, inputs, missing, rejects, Publication.internal());
  }

  private static void checkPublishable(
      Programme programme,
      PublicationLevels levels,
      List<Outcome> outcomes,
      List<GoalOutcome> goals) {
    int threshold = programme.disclosureThreshold();
    Map<String, Measure> measures = new HashMap<>();
    programme.indicators().forEach(i -> measures.put(i.id(), i.measure()));
    for (Outcome o : outcomes) {
      if (!levels.publishes(o.unit(), o.period())) {
        throw new IllegalArgumentException(
            "published results hold an unpublished level: " + where(o));
      }
      Measure m = measures.get(o.indicatorId());
      if (o.flag() == Flag.NONE && m != null && m.isSmall(o, threshold)) {
        throw new IllegalArgumentException("published results show a small count: " + where(o));
      }
    }
    for (GoalOutcome g : goals) {
      if (!levels.publishes(g.unit(), g.period())) {
        throw new IllegalArgumentException(
            "published results hold an unpublished level: goal " + g.goalId());
      }
    }
  }

  private static String where(Outcome o) {
    return o.indicatorId() + " " + o.unit().name() + " " + o.period().label();
  }
}
