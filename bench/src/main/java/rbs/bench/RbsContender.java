package rbs.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import rbs.compute.LocalEngine;
import rbs.definition.ProgrammeReader;
import rbs.filter.CelFilters;
import rbs.model.Outcome;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.source.SourceReader;

/**
 * rbs in the compute benchmark, in a process of its own: reads the programme, then every extract
 * with the source reader (encoding, parsing, typed values, districts, personnummer check and
 * pseudonym, rejects) into the engine (its filters, person months), and writes every number of the
 * report. Usage: {@code RbsContender DIR OUT THREADS}; the threads are the system property {@code
 * rbs.threads} the benchmark sets, as for the {@code rbs} command.
 */
public final class RbsContender {

  static final ReportPeriod REPORT = ReportPeriod.tertial(2014, 2);
  static final LocalDate AS_OF = LocalDate.of(2014, 9, 15);

  private RbsContender() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path dir = Path.of(args[0]);
    Programme programme = ProgrammeReader.read(dir.resolve("programme.yaml"));
    Results results =
        new LocalEngine()
            .compute(
                programme,
                REPORT,
                AS_OF,
                SourceReader.forProgramme(programme),
                CelFilters.forProgramme(programme));
    Map<String, Long> numbers = new HashMap<>();
    for (Outcome o : results.outcomes()) {
      if (o.period().kind() != PeriodKind.FORECAST) {
        numbers.put(
            o.indicatorId()
                + "|"
                + o.unit().name()
                + "|"
                + o.period().from()
                + "|"
                + o.period().to(),
            o.value().orElseThrow().longValueExact());
      }
    }
    Contender.finish(numbers, Path.of(args[1]), start);
  }
}
