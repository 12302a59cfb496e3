package rbs.compute;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rbs.filter.FilterFactory;
import rbs.filter.RowFilter;
import rbs.model.Aggregate;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.District;
import rbs.model.Goal;
import rbs.model.GoalRule;
import rbs.model.Indicator;
import rbs.model.InputFile;
import rbs.model.Measure;
import rbs.model.MeasureKind;
import rbs.model.Polarity;
import rbs.model.Programme;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.model.Target;
import rbs.model.TargetGroup;
import rbs.rows.Reject;
import rbs.rows.Row;
import rbs.rows.SourceFeed;

/**
 * A tiny programme with districts A and B, one source "events" (district, person, date, kind) and
 * rows fed from memory; filters are lambdas by expression.
 */
final class Fixtures {

  static final int A = 0;
  static final int B = 1;

  /** Filters by expression, as the programme writes them. */
  static final Map<String, RowFilter> FILTERS =
      Map.of(
          "offered", r -> "offered".equals(r.get(3)),
          "started", r -> "started".equals(r.get(3)));

  static final FilterFactory FILTER_FACTORY =
      (source, expr) -> {
        RowFilter f = FILTERS.get(expr);
        if (f == null) {
          throw new IllegalArgumentException("no such test filter: " + expr);
        }
        return f;
      };

  private Fixtures() {}

  static Source events(boolean monthly) {
    return new Source(
        "events",
        "test events",
        "events/*.csv",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        SheetSelection.FIRST,
        1,
        List.of(
            column("district", ColumnType.DISTRICT),
            column("person", ColumnType.PERSON_ID),
            column("date", ColumnType.DATE),
            column("kind", ColumnType.TEXT)),
        Optional.of("district"),
        "date",
        Optional.of("person"),
        false,
        monthly,
        RejectLimit.standard());
  }

  private static Column column(String name, ColumnType type) {
    return new Column(name, type, List.of(name), Optional.empty(), true);
  }

  static Aggregate persons(String filter) {
    return new Aggregate(
        MeasureKind.PERSONS, "events", Optional.empty(), Optional.ofNullable(filter));
  }

  static Aggregate records(String filter) {
    return new Aggregate(
        MeasureKind.COUNT, "events", Optional.empty(), Optional.ofNullable(filter));
  }

  static Indicator indicator(String id, Measure m, boolean prorate, Target... targets) {
    return new Indicator(
        id,
        id,
        "",
        m,
        "st",
        0,
        Polarity.HIGHER_IS_BETTER,
        new BigDecimal("0.9"),
        prorate,
        List.of(targets),
        Optional.empty(),
        "");
  }

  /** A district's own target (a city-wide count target does not apply to districts). */
  static Target target(int year, String district, String value) {
    return new Target(year, Optional.of(district), Optional.empty(), new BigDecimal(value));
  }

  static Target target(int year, String value) {
    return new Target(year, Optional.empty(), Optional.empty(), new BigDecimal(value));
  }

  static Programme programme(Source source, GoalRule rule, Indicator... indicators) {
    return new Programme(
        "test",
        "Test",
        "",
        "Stad",
        "sv",
        List.of(new District("A", List.of()), new District("B", List.of("Bee"))),
        5,
        List.of(
            new TargetGroup(
                "g", "G", List.of(new Goal("goal", "Goal", rule, List.of(indicators))))),
        List.of(source),
        Path.of("programme.yaml"));
  }

  static Row row(int district, String date, long person, String kind) {
    return new Row(
        district,
        LocalDate.parse(date),
        person,
        true,
        new Object[] {district, person, LocalDate.parse(date), kind});
  }

  /** A feed that gives these rows to every source. */
  static SourceFeed feed(List<Row> rows) {
    return (source, sink, rejects) -> {
      rows.forEach(sink::accept);
      return List.of(
          new InputFile(source.name(), "events/x.csv", "00", rows.size(), rows.size(), 0));
    };
  }

  static List<Row> rows(Row... rows) {
    return new ArrayList<>(List.of(rows));
  }

  /**
   * The 2014-T1 report as of 1 June 2014 computed from the programme's own extract files, read with
   * this pseudonym key and its CEL filters; rejected rows go to {@code rejects}.
   */
  static rbs.model.Results tertialOneFromFiles(
      LocalEngine engine, Programme programme, byte[] key, List<Reject> rejects) {
    return engine.compute(
        programme,
        rbs.model.ReportPeriod.tertial(2014, 1),
        LocalDate.of(2014, 6, 1),
        new rbs.source.SourceReader(programme, key),
        rbs.filter.CelFilters.forProgramme(programme),
        rejects::add);
  }
}
