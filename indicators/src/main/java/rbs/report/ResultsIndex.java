package rbs.report;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import rbs.filter.FilterWords;
import rbs.model.GoalOutcome;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.ResultKey;
import rbs.model.Results;
import rbs.model.SliceOutcome;
import rbs.model.Unit;

/**
 * The lookups of one run's results that every workbook needs, built once per results rather than
 * once per workbook (a run writes fifteen or more workbooks from the same results, on several
 * threads). Immutable once built, so the writer threads share it; nothing here depends on which
 * unit a workbook is for.
 */
final class ResultsIndex {

  // the keys' equals and hashCode written out, as on Period (why there): looked up for every cell

  /** A result's slice (a category's key) or breakdown (its id). */
  private record SliceKey(ResultKey result, String slice) {
    @Override
    public boolean equals(Object o) {
      return o instanceof SliceKey k && slice.equals(k.slice) && result.equals(k.result);
    }

    @Override
    public int hashCode() {
      return 31 * result.hashCode() + slice.hashCode();
    }
  }

  private record UnitKey(String id, Unit unit) {
    @Override
    public boolean equals(Object o) {
      return o instanceof UnitKey k && id.equals(k.id) && unit.equals(k.unit);
    }

    @Override
    public int hashCode() {
      return 31 * id.hashCode() + unit.hashCode();
    }
  }

  /** The words stand in the hash by the source and expression they come with. */
  private record FilterKey(String source, String expression, FilterWords.Vocabulary words) {
    @Override
    public boolean equals(Object o) {
      return o instanceof FilterKey k
          && source.equals(k.source)
          && expression.equals(k.expression)
          && words.equals(k.words);
    }

    @Override
    public int hashCode() {
      return 31 * source.hashCode() + expression.hashCode();
    }
  }

  /**
   * The index of the last results asked for: a run's writers all ask for the same results. Both
   * weakly held (the index holds its results): kept while a workbook's view uses it, never keeping
   * an ended run's results in memory.
   */
  private static final class Last {
    final WeakReference<Results> results;
    final WeakReference<ResultsIndex> index;

    Last(Results results, ResultsIndex index) {
      this.results = new WeakReference<>(results);
      this.index = new WeakReference<>(index);
    }
  }

  private static volatile Last last = new Last(null, null);

  private final Results results;
  // lookups only; nothing is ever written in these maps' iteration order
  private final Map<ResultKey, Outcome> outcomes = new HashMap<>();
  private final Map<ResultKey, GoalOutcome> goals = new HashMap<>();
  private final Map<SliceKey, Outcome> slices = new HashMap<>();
  private final Set<SliceKey> brokenDown = new HashSet<>();
  private final Set<Integer> wholeYears = new HashSet<>();
  private final Map<UnitKey, List<Integer>> years = new HashMap<>();
  private final List<Unit> districts;
  // filters said in words: a pure function of the programme, parsed once rather than per workbook
  private final Map<FilterKey, String> filterWords = new ConcurrentHashMap<>();

  private ResultsIndex(Results results) {
    this.results = results;
    TreeSet<Unit> units = new TreeSet<>();
    for (Outcome o : results.outcomes()) {
      outcomes.put(o.key(), o);
      if (o.unit().isDistrict()) {
        units.add(o.unit());
      }
      if (o.period().equals(Period.year(o.period().year()))) {
        wholeYears.add(o.period().year());
      }
    }
    this.districts = List.copyOf(units);
    for (GoalOutcome g : results.goals()) {
      goals.put(g.key(), g);
    }
    for (SliceOutcome s : results.breakdowns()) {
      Outcome o = s.outcome();
      slices.put(new SliceKey(o.key(), s.slice().key()), o);
      brokenDown.add(new SliceKey(o.key(), s.slice().breakdown().id()));
    }
    Map<UnitKey, TreeSet<Integer>> found = new HashMap<>();
    for (Outcome o : results.outcomes()) {
      Period p = o.period();
      if (p.kind() == PeriodKind.YEAR
          || (p.kind() == PeriodKind.YEAR_TO_DATE && p.equals(mainPeriod(p.year())))) {
        found
            .computeIfAbsent(new UnitKey(o.indicatorId(), o.unit()), k -> new TreeSet<>())
            .add(p.year());
      }
    }
    found.forEach((k, v) -> years.put(k, List.copyOf(v)));
  }

  /** The index of these results: the one built for them before, or a new one. */
  static ResultsIndex of(Results results) {
    Last seen = last;
    // identity, not equality: comparing two runs' results value by value costs more than indexing
    @SuppressWarnings("ReferenceEquality")
    boolean same = seen.results.get() == results;
    ResultsIndex kept = seen.index.get();
    if (same && kept != null) {
      return kept;
    }
    // two threads may both build it at a run's start; they build equal indexes
    ResultsIndex index = new ResultsIndex(results);
    last = new Last(results, index);
    return index;
  }

  Results results() {
    return results;
  }

  Optional<Outcome> outcome(String indicatorId, Unit u, Period p) {
    return Optional.ofNullable(outcomes.get(new ResultKey(indicatorId, u, p)));
  }

  Optional<Outcome> slice(String indicatorId, String sliceKey, Unit u, Period p) {
    return Optional.ofNullable(
        slices.get(new SliceKey(new ResultKey(indicatorId, u, p), sliceKey)));
  }

  boolean hasBreakdown(String indicatorId, String breakdownId, Unit u, Period p) {
    return brokenDown.contains(new SliceKey(new ResultKey(indicatorId, u, p), breakdownId));
  }

  Optional<GoalOutcome> goal(String goalId, Unit u, Period p) {
    return Optional.ofNullable(goals.get(new ResultKey(goalId, u, p)));
  }

  /**
   * A filter of the programme's source in words (see {@link FilterWords#describe}); the expression
   * itself when the programme has no such source.
   */
  String describe(String sourceId, String expression, FilterWords.Vocabulary words) {
    return filterWords.computeIfAbsent(
        new FilterKey(sourceId, expression, words),
        k ->
            results
                .programme()
                .source(sourceId)
                .map(s -> FilterWords.describe(s, expression, words))
                .orElse(expression));
  }

  /** The districts the results hold outcomes for, in declaration order. */
  List<Unit> districts() {
    return districts;
  }

  /** The main period of a year: see {@link ReportView#mainPeriod(int)}. */
  Period mainPeriod(int y) {
    if (results.period().isRolling()) {
      return Period.rolling(y, results.period().lastMonth());
    }
    if (results.period().isAnnual()) {
      return wholeYears.contains(y) ? Period.year(y) : Period.yearToDate(y, 12);
    }
    return Period.yearToDate(y, results.period().lastMonth());
  }

  /** The years with an outcome of the indicator's main period for the unit, ascending. */
  List<Integer> years(String indicatorId, Unit u) {
    return years.getOrDefault(new UnitKey(indicatorId, u), List.of());
  }
}
