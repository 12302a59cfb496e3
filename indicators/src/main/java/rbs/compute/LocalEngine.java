package rbs.compute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import rbs.InputException;
import rbs.Problem;
import rbs.filter.FilterFactory;
import rbs.filter.FilterFailures;
import rbs.filter.RowFilter;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Indicator;
import rbs.model.InputFile;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.model.SliceOutcome;
import rbs.model.Source;
import rbs.model.Status;
import rbs.model.Unit;
import rbs.rows.RejectLimits;
import rbs.rows.RejectSink;
import rbs.rows.SourceFeed;

/**
 * Runs an {@link AggregationPlan} on one machine: one streaming pass over each source, memory
 * growing with distinct persons and groups, not rows (persons beyond a quarter of the heap go to
 * disk for the run); then outcomes, fulfilment, trends and goals.
 */
public final class LocalEngine {

  private final EngineListener listener;
  private final long heapBytes;

  public LocalEngine() {
    this(EngineListener.NONE);
  }

  /**
   * An engine whose person tables may take a quarter of Java's heap each; persons beyond that go to
   * disk for the time of the run (see {@link PersonMonths}).
   */
  public LocalEngine(EngineListener listener) {
    this(listener, Runtime.getRuntime().maxMemory());
  }

  /** An engine that sizes its person tables as if Java's heap were {@code heapBytes}. */
  LocalEngine(EngineListener listener, long heapBytes) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.heapBytes = heapBytes;
  }

  /** Computes a report, discarding rejected rows (they are still counted in the results). */
  public Results compute(
      Programme programme,
      ReportPeriod period,
      LocalDate asOf,
      SourceFeed feed,
      FilterFactory filters) {
    return compute(programme, period, asOf, feed, filters, reject -> {});
  }

  /**
   * Computes every indicator and goal of the programme for the report period.
   *
   * @param asOf "today": rows dated after it are ignored, months beginning after it have no data
   * @param rejects receives every rejected row as the sources are read
   * @throws InputException INVALID when a source rejects more rows than its reject limit allows,
   *     and whatever the feed throws for unreadable files
   */
  public Results compute(
      Programme programme,
      ReportPeriod period,
      LocalDate asOf,
      SourceFeed feed,
      FilterFactory filters,
      RejectSink rejects) {
    AggregationPlan plan = AggregationPlan.of(programme, period);
    int districts = programme.districts().size();
    AggregateTable table = new AggregateTable(programme.units(), plan.periods());
    Coverage coverage = new Coverage(plan, programme.units());
    RejectTally tally = new RejectTally(rejects);
    List<InputFile> inputs = new ArrayList<>();
    for (AggregationPlan.SourcePlan sp : plan.sources()) {
      long start = System.nanoTime();
      Source source =
          programme
              .source(sp.source())
              .orElseThrow(() -> new IllegalArgumentException("unknown source " + sp.source()));
      // an accumulator per reading thread, each with filters of its own (a filter may remember
      // answers) and a share of the memory for persons; merged once the source is read
      int readers = Math.max(1, feed.readers());
      List<SourceAccumulator> parts = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        List<RowFilter> compiled = new ArrayList<>();
        sp.filters().forEach(f -> compiled.add(filters.compile(source, f)));
        parts.add(
            new SourceAccumulator(
                plan,
                sp,
                source,
                compiled,
                new FilterFailures(source, sp.filters()),
                districts,
                asOf,
                heapBytes / readers));
      }
      AtomicInteger handedOut = new AtomicInteger();
      try {
        List<InputFile> files =
            feed.feedEach(
                source,
                () -> {
                  int r = handedOut.getAndIncrement();
                  if (r >= parts.size()) {
                    throw new IllegalStateException(
                        "the feed made more sinks than its " + readers + " readers");
                  }
                  return parts.get(r);
                },
                tally);
        SourceAccumulator acc = parts.get(0);
        ToIntFunction<String> fileOrder = fileOrder(files);
        for (SourceAccumulator other : parts.subList(1, parts.size())) {
          acc.absorb(other, fileOrder, heapBytes);
        }
        FilterFailures failures = acc.failures();
        if (failures.any()) {
          throw InputException.invalid(failures.problems(programme));
        }
        Optional<Problem> tooManyRejects = RejectLimits.exceeded(source, files);
        if (tooManyRejects.isPresent()) {
          throw InputException.invalid(List.of(tooManyRejects.get()));
        }
        inputs.addAll(files);
        BigDecimal[][][] values = acc.values(programme.units());
        for (int a = 0; a < values.length; a++) {
          table.put(sp.aggregates().get(a).aggregate(), values[a]);
        }
        coverage.add(source, acc, asOf);
        long nanos = System.nanoTime() - start;
        // every row used, also those outside the window the reader did not hand on
        long used = files.stream().mapToLong(InputFile::rowsUsed).sum();
        listener.sourceRead(
            source.name(), used, acc.personEntries(), acc.personEntriesSpilled(), nanos);
        listener.phase("read:" + source.name(), nanos);
        if (acc.personEntriesSpilled() > 0) {
          // part of reading the source: how much of it went to keeping persons on disk
          listener.phase("persons on disk:" + source.name(), acc.spillNanos());
        }
      } finally {
        parts.forEach(SourceAccumulator::close);
      }
    }
    long start = System.nanoTime();
    OutcomeCalculator calculator = new OutcomeCalculator(programme, plan, table, coverage);
    List<Outcome> outcomes = new ArrayList<>();
    programme.indicators().forEach(i -> outcomes.addAll(calculator.outcomes(i)));
    List<SliceOutcome> breakdowns = new ArrayList<>();
    programme
        .indicators()
        .forEach(
            i ->
                i.slices()
                    .forEach(
                        s ->
                            calculator
                                .outcomes(i.in(s))
                                .forEach(o -> breakdowns.add(new SliceOutcome(s, o)))));
    listener.phase("outcomes", System.nanoTime() - start);
    start = System.nanoTime();
    List<GoalOutcome> goals = goals(programme, plan, outcomes);
    listener.phase("goals", System.nanoTime() - start);
    return new Results(
        programme,
        period,
        asOf,
        outcomes,
        goals,
        inputs,
        coverage.missingData(),
        tally.summaries(),
        rbs.model.Publication.internal(),
        breakdowns);
  }

  /**
   * The place of a row's file among the files read (a sheet's rows name their file as {@code
   * file[sheet]}); past the last for a row from no file.
   */
  private static ToIntFunction<String> fileOrder(List<InputFile> files) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      order.putIfAbsent(files.get(i).path(), i);
    }
    return file -> {
      Integer at = order.get(file);
      int sheet = file.lastIndexOf('[');
      if (at == null && sheet > 0) {
        at = order.get(file.substring(0, sheet));
      }
      return at == null ? Integer.MAX_VALUE : at;
    };
  }

  /** Each goal for every unit and output period, by its rule over its indicators' statuses. */
  private static List<GoalOutcome> goals(
      Programme programme, AggregationPlan plan, List<Outcome> outcomes) {
    Map<List<Object>, Status> status = new HashMap<>();
    for (Outcome o : outcomes) {
      status.put(List.of(o.indicatorId(), o.unit(), o.period()), o.status());
    }
    List<GoalOutcome> out = new ArrayList<>();
    programme
        .goals()
        .forEach(
            (Goal g) -> {
              for (Unit u : programme.units()) {
                for (Period p : plan.outputPeriods()) {
                  List<Status> statuses = new ArrayList<>();
                  for (Indicator i : g.indicators()) {
                    statuses.add(status.getOrDefault(List.of(i.id(), u, p), Status.NOT_ASSESSABLE));
                  }
                  out.add(new GoalOutcome(g.id(), u, p, GoalFulfilment.of(g.rule(), statuses)));
                }
              }
            });
    return out;
  }
}
