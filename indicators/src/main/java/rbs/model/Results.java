package rbs.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one report run computed: outcomes of every indicator and goal for every unit and
 * period of the report (and the same periods last year), and what was read to get them.
 *
 * @param asOf the date the run counts as "today" (fixes the output for reruns)
 * @param outcomes sorted by indicator (declaration order), unit, period
 */
public record Results(
    Programme programme,
    ReportPeriod period,
    LocalDate asOf,
    List<Outcome> outcomes,
    List<GoalOutcome> goals,
    List<InputFile> inputs,
    List<MissingData> missing,
    List<RejectSummary> rejects) {

  public Results {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    outcomes = List.copyOf(outcomes);
    goals = List.copyOf(goals);
    inputs = List.copyOf(inputs);
    missing = List.copyOf(missing);
    rejects = List.copyOf(rejects);
  }
}
