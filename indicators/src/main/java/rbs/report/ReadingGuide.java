package rbs.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.Target;

/**
 * "Så läser du rapporten": how targets are pro-rated, when a target counts as partly met, how a
 * goal follows from its indicators, what the change compares and what the symbols mean, each
 * paragraph with the numbers of this programme's own rules.
 */
final class ReadingGuide {

  private ReadingGuide() {}

  /** The guide's paragraphs, in order. */
  static List<String> paragraphs(ReportView view) {
    Labels labels = view.labels();
    Programme programme = view.results().programme();
    List<String> out = new ArrayList<>();
    out.add(targets(view));
    out.add(tolerance(programme, labels));
    Set<GoalRule> rules = new LinkedHashSet<>();
    programme.goals().forEach(g -> rules.add(g.rule()));
    StringBuilder goals = new StringBuilder();
    for (GoalRule rule : rules) {
      Label text =
          switch (rule) {
            case ALL -> Label.GUIDE_GOAL_ALL;
            case MAJORITY -> Label.GUIDE_GOAL_MAJORITY;
            case ANY -> Label.GUIDE_GOAL_ANY;
          };
      goals.append(labels.get(text)).append(' ');
    }
    out.add(goals.append(labels.get(Label.GUIDE_GOAL_COUNT)).toString());
    out.add(labels.format(Label.GUIDE_TREND, view.year() - 1));
    programme
        .baseline()
        .filter(b -> b.year() < view.year())
        .ifPresent(b -> out.add(labels.format(Label.BASELINE_GUIDE, b.year())));
    out.add(labels.format(Label.GUIDE_SYMBOLS, programme.disclosureThreshold()));
    return out;
  }

  /**
   * Pro-rating, with an example from the first pro-rated indicator's annual target for the unit (or
   * the municipality): "1 300 → 867" for January–August.
   */
  private static String targets(ReportView view) {
    Labels labels = view.labels();
    int months = view.annual() ? 4 : view.lastMonth();
    String span = view.annual() ? labels.get(Label.A_TERTIAL) : view.span() + " " + view.year();
    for (Indicator i : view.results().programme().indicators().toList()) {
      if (!i.prorate()) {
        continue;
      }
      // the workbook's own unit's annual target when it has one, else the municipality's
      Optional<Target> annual =
          i.targets().stream()
              .filter(t -> t.year() == view.year() && t.tertial().isEmpty())
              .filter(t -> t.district().map(d -> view.unit().name().equals(d)).orElse(false))
              .findFirst()
              .or(
                  () ->
                      i.targets().stream()
                          .filter(
                              t ->
                                  t.year() == view.year()
                                      && t.tertial().isEmpty()
                                      && t.district().isEmpty())
                          .findFirst());
      if (annual.isPresent()) {
        BigDecimal value = annual.get().value();
        BigDecimal part =
            value
                .multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), i.decimals(), RoundingMode.HALF_UP);
        return labels.format(
            Label.GUIDE_PRORATE,
            span,
            months,
            labels.number(value.doubleValue(), i.decimals()),
            labels.number(part.doubleValue(), i.decimals()));
      }
    }
    return labels.get(Label.GUIDE_NO_PRORATE);
  }

  /** The tolerance rule with the programme's tolerances ("90 %", or "80–90 %" when they vary). */
  private static String tolerance(Programme programme, Labels labels) {
    TreeSet<BigDecimal> tolerances = new TreeSet<>();
    boolean lower = false;
    for (Indicator i : programme.indicators().toList()) {
      tolerances.add(i.tolerance().stripTrailingZeros());
      lower |= i.polarity() == Polarity.LOWER_IS_BETTER;
    }
    if (tolerances.isEmpty()) {
      tolerances.add(BigDecimal.ONE);
    }
    String low = percent(tolerances.first(), labels);
    String share =
        tolerances.size() == 1 ? low : low + "–" + percent(tolerances.last(), labels).strip();
    String lowerClause =
        lower ? labels.format(Label.GUIDE_TOLERANCE_LOWER, plain(tolerances.first(), labels)) : "";
    return labels.format(Label.GUIDE_TOLERANCE, share + "\u00a0%", lowerClause);
  }

  private static String percent(BigDecimal tolerance, Labels labels) {
    BigDecimal p = tolerance.movePointRight(2).stripTrailingZeros();
    return labels.number(p.doubleValue(), Math.max(0, p.scale()));
  }

  private static String plain(BigDecimal n, Labels labels) {
    return labels.number(n.doubleValue(), Math.max(0, n.scale()));
  }
}
