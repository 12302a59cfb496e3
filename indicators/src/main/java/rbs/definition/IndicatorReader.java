package rbs.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import rbs.Location;
import rbs.filter.CelFilters;
import rbs.model.Aggregate;
import rbs.model.Breakdown;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.District;
import rbs.model.DistrictGroup;
import rbs.model.FilterSite;
import rbs.model.Indicator;
import rbs.model.Measure;
import rbs.model.MeasureKind;
import rbs.model.Money;
import rbs.model.Polarity;
import rbs.model.Rate;
import rbs.model.Share;
import rbs.model.Source;
import rbs.model.Target;

/** Reads one indicator: what it measures, over which source and filter, and its targets. */
final class IndicatorReader {

  private final List<District> districts;
  private final List<DistrictGroup> groups;
  private final List<Source> sources;
  private final CelFilters filters;
  private final FilterPositions positions;
  private final List<FilterSite> sites = new java.util.ArrayList<>();
  private final java.util.Map<String, Breakdown> breakdowns;

  IndicatorReader(
      List<District> districts,
      List<DistrictGroup> groups,
      List<Source> sources,
      FilterPositions positions,
      java.util.Map<String, Breakdown> breakdowns) {
    this.breakdowns = java.util.Map.copyOf(breakdowns);
    this.districts = districts;
    this.groups = List.copyOf(groups);
    this.sources = sources;
    this.positions = positions;
    this.filters = new CelFilters(districts.stream().map(District::name).toList());
  }

  /** Where each filter read so far is written, first occurrence per source and expression. */
  List<FilterSite> sites() {
    return List.copyOf(sites);
  }

  Optional<Indicator> read(Section s, ProgrammeReader.Ids ids) {
    String id = s.text("id");
    Section in = s.renamed("indicator '" + id + "'");
    ids.claim("indicator", id, in.keyLocation("id"));
    String name = in.text("name");
    String description = in.text("description", "");
    String word = in.text("kind");
    Optional<MeasureKind> kind = MeasureKind.ofKey(word);
    Optional<Measure> measure = Optional.empty();
    if (!word.isEmpty() && kind.isEmpty()) {
      in.problem(
          in.valueLocation("kind"),
          in.context()
              + ": 'kind' must be one of "
              + Arrays.stream(MeasureKind.values())
                  .map(MeasureKind::key)
                  .collect(Collectors.joining(", "))
              + ", got \""
              + word
              + "\"");
    } else if (kind.isPresent()) {
      measure = measure(in, kind.get());
    }
    String unit = in.text("unit", "");
    Optional<Money> money = Money.ofUnit(unit);
    if (money.isPresent() && kind.isPresent() && kind.get() != MeasureKind.SUM) {
      in.problem(
          in.valueLocation("unit"),
          in.context()
              + ": '"
              + unit
              + "' is money: an amount is the sum of a column of amounts (kind: sum), not a "
              + kind.get().key());
    }
    boolean ratio = kind.isPresent() && !kind.get().isVolume();
    int decimals = in.integer("decimals", ratio ? 1 : 0);
    if (decimals < 0 || decimals > 6) {
      in.problem(
          in.valueLocation("decimals"),
          in.context() + ": 'decimals' must be 0 to 6, got " + decimals);
      decimals = 0;
    }
    Polarity polarity =
        in.optionalChoice("polarity", Polarity.class, Polarity::key)
            .orElse(Polarity.HIGHER_IS_BETTER);
    BigDecimal tolerance = in.optionalDecimal("tolerance").orElse(BigDecimal.ONE);
    if (tolerance.signum() <= 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
      in.problem(
          in.valueLocation("tolerance"),
          in.context()
              + ": 'tolerance' is the fraction of the target that counts as partly met,"
              + " above 0 and at most 1 (e.g. 0.9), got "
              + tolerance);
      tolerance = BigDecimal.ONE;
    }
    boolean prorate = in.bool("prorate", false);
    Optional<Integer> comparableFrom = in.optionalInt("comparable_from");
    String notes = in.text("notes", "");
    List<Target> targets = targets(in);
    List<Breakdown> by = breakdowns(in, measure);
    in.finish();
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Indicator(
            id,
            name,
            description,
            measure.get(),
            unit,
            decimals,
            polarity,
            tolerance,
            prorate,
            targets,
            comparableFrom,
            notes,
            by));
  }

  /**
   * The breakdowns an indicator names ({@code breakdown: [kon, alder]}): declared ones, each once,
   * over a column every source of its measure has; a rate per inhabitants has none.
   */
  private List<Breakdown> breakdowns(Section in, Optional<Measure> measure) {
    List<Breakdown> out = new ArrayList<>();
    for (String id : in.texts("breakdown")) {
      Breakdown b = breakdowns.get(id.strip());
      if (b == null) {
        in.problem(
            in.valueLocation("breakdown"),
            in.context()
                + ": no breakdown has the id '"
                + id.strip()
                + "'"
                + (breakdowns.isEmpty()
                    ? " (declare it under 'breakdowns:')"
                    : " (declared: "
                        + String.join(", ", new java.util.TreeSet<>(breakdowns.keySet()))
                        + ")"));
        continue;
      }
      if (out.contains(b)) {
        in.problem(in.valueLocation("breakdown"), in.context() + ": '" + id + "' is named twice");
        continue;
      }
      if (measure.isPresent() && !measure.get().canBreakDown()) {
        in.problem(
            in.valueLocation("breakdown"),
            in.context()
                + ": a "
                + measure.get().kind().key()
                + " cannot be broken down (its population is not known by "
                + b.label()
                + ")");
        continue;
      }
      boolean ok = true;
      for (Aggregate a : measure.map(Measure::aggregates).orElse(List.of())) {
        Optional<Source> source =
            sources.stream().filter(x -> x.name().equals(a.source())).findFirst();
        if (source.isPresent() && source.get().rowColumn(b.column()).isEmpty()) {
          in.problem(
              in.valueLocation("breakdown"),
              in.context()
                  + ": breakdown '"
                  + b.id()
                  + "' needs the column '"
                  + b.column()
                  + "', which source '"
                  + a.source()
                  + "' does not have"
                  + (source.get().derived().isEmpty() && source.get().personColumn().isPresent()
                      ? " (sex and age are derived from the person column with 'derive:')"
                      : ""));
          ok = false;
          break;
        }
      }
      if (ok) {
        out.add(b);
      }
    }
    return out;
  }

  private static void requireKey(Section s, String key) {
    if (!s.has(key)) {
      s.problem(s.location(), s.context() + ": missing required key '" + key + "'");
    }
  }

  /** What the indicator measures, by its kind. */
  private Optional<Measure> measure(Section in, MeasureKind kind) {
    return switch (kind) {
      case SHARE -> share(in);
      case RATE -> rate(in);
      default -> aggregateOf(in, kind).map(a -> a);
    };
  }

  /** {@code kind: share} with {@code numerator} and {@code denominator}. */
  private Optional<Measure> share(Section in) {
    Optional<Aggregate> num =
        in.section("numerator", in.context() + " numerator").flatMap(this::part);
    Optional<Aggregate> den =
        in.section("denominator", in.context() + " denominator").flatMap(this::part);
    requireKey(in, "numerator");
    requireKey(in, "denominator");
    if (num.isPresent() && den.isPresent()) {
      return Optional.of(new Share(num.get(), den.get()));
    }
    return Optional.empty();
  }

  /** {@code kind: rate} with {@code numerator}, {@code population} and {@code per}. */
  private Optional<Measure> rate(Section in) {
    Optional<Aggregate> num =
        in.section("numerator", in.context() + " numerator").flatMap(this::part);
    requireKey(in, "numerator");
    Optional<Section> pop = in.section("population", in.context() + " population");
    requireKey(in, "population");
    int per = in.integer("per", 1000);
    if (per < 1) {
      in.problem(in.valueLocation("per"), in.context() + ": 'per' must be positive, got " + per);
      per = 1000;
    }
    Optional<String> popSource = pop.map(p -> p.text("source"));
    Optional<String> popColumn = pop.map(p -> p.text("column"));
    if (pop.isPresent()) {
      Optional<Source> src = source(pop.get(), popSource.get());
      src.ifPresent(x -> numericColumn(pop.get(), "column", x, popColumn.get()));
      pop.get().finish();
    }
    if (num.isPresent() && popSource.isPresent()) {
      return Optional.of(new Rate(num.get(), popSource.get(), popColumn.get(), per));
    }
    return Optional.empty();
  }

  /**
   * A numerator or denominator: {@code {count: records|persons, ...}} or {@code {sum: column,
   * ...}}.
   */
  private Optional<Aggregate> part(Section p) {
    Optional<Aggregate> result;
    if (p.has("sum")) {
      result = aggregateOf(p, MeasureKind.SUM, p.text("sum"), "sum");
    } else {
      String count = p.text("count");
      if (count.isEmpty()) {
        return Optional.empty();
      }
      MeasureKind k;
      if (count.equals("records")) {
        k = MeasureKind.COUNT;
      } else if (count.equals("persons")) {
        k = MeasureKind.PERSONS;
      } else {
        p.problem(
            p.valueLocation("count"),
            p.context() + ": 'count' must be records or persons, got \"" + count + "\"");
        return Optional.empty();
      }
      result = aggregateOf(p, k);
    }
    p.finish();
    return result;
  }

  private Optional<Aggregate> aggregateOf(Section s, MeasureKind kind) {
    String column = kind == MeasureKind.SUM ? s.text("column") : "";
    return aggregateOf(s, kind, column, "column");
  }

  private Optional<Aggregate> aggregateOf(
      Section s, MeasureKind kind, String column, String columnKey) {
    String sourceName = s.text("source");
    Optional<String> filter = s.optionalText("filter");
    Optional<Source> source = sourceName.isEmpty() ? Optional.empty() : source(s, sourceName);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    boolean ok = true;
    if (kind == MeasureKind.SUM) {
      ok = numericColumn(s, columnKey, source.get(), column);
    }
    boolean people = s.bool("counts_people", false);
    if (s.has("counts_people") && kind != MeasureKind.SUM) {
      s.problem(
          s.valueLocation("counts_people"),
          s.context()
              + ": 'counts_people' is for a sum; a count of records or persons is always"
              + " protected in published reports");
      ok = false;
    }
    if (kind == MeasureKind.PERSONS && source.get().personColumn().isEmpty()) {
      s.problem(
          s.valueLocation("source"),
          s.context()
              + ": counting persons needs a source with a 'person' column; source '"
              + sourceName
              + "' has none");
      ok = false;
    }
    if (filter.isPresent()) {
      Location start = s.valueLocation("filter");
      Location first = positions.at(start, filter.get(), 0).orElse(start);
      if (sites.stream()
          .noneMatch(x -> x.source().equals(sourceName) && x.expression().equals(filter.get()))) {
        sites.add(new FilterSite(sourceName, filter.get(), first.line(), first.column()));
      }
      Optional<CelFilters.FilterProblem> error = filters.check(source.get(), filter.get());
      if (error.isPresent()) {
        Optional<Location> exact = positions.at(start, filter.get(), error.get().offset());
        s.problem(
            exact.orElse(start),
            s.context()
                + ": filter: "
                + (exact.isPresent() ? error.get().message() : error.get().withOffset()));
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new Aggregate(
            kind,
            sourceName,
            kind == MeasureKind.SUM ? Optional.of(column) : Optional.empty(),
            filter,
            people));
  }

  private Optional<Source> source(Section s, String name) {
    Optional<Source> source = sources.stream().filter(x -> x.name().equals(name)).findFirst();
    if (source.isEmpty()) {
      s.problem(
          s.valueLocation("source"),
          s.context()
              + ": unknown source '"
              + name
              + "' (sources: "
              + String.join(", ", sources.stream().map(Source::name).toList())
              + ")");
    }
    return source;
  }

  private static boolean numericColumn(Section s, String key, Source source, String column) {
    Optional<Column> c = source.column(column);
    if (column.isEmpty()) {
      return false;
    }
    if (c.isEmpty()) {
      s.problem(
          s.valueLocation(key),
          s.context() + ": unknown column '" + column + "' in source '" + source.name() + "'");
      return false;
    }
    if (c.get().type() != ColumnType.INTEGER && c.get().type() != ColumnType.DECIMAL) {
      s.problem(
          s.valueLocation(key),
          s.context()
              + ": column '"
              + column
              + "' must be integer or decimal to be summed, not "
              + c.get().type().key());
      return false;
    }
    return true;
  }

  private List<Target> targets(Section in) {
    List<Target> targets = new ArrayList<>();
    for (YamlNode node : in.list("targets", false)) {
      Optional<Section> t = Section.of(node, in.context() + " target", in.problems());
      if (t.isEmpty()) {
        continue;
      }
      Section ts = t.get();
      Optional<Integer> year = ts.optionalInt("year");
      if (year.isEmpty() && !ts.has("year")) {
        ts.problem(ts.location(), ts.context() + ": missing required key 'year'");
      }
      Optional<String> district = ts.optionalText("district");
      Optional<String> declared = district.flatMap(this::districtNamed);
      if (district.isPresent() && declared.isEmpty()) {
        ts.problem(
            ts.valueLocation("district"),
            ts.context()
                + ": unknown district '"
                + district.get()
                + "'"
                + (groups.isEmpty() ? "" : " (neither a district nor a group)"));
      }
      Optional<Integer> tertial = ts.optionalInt("tertial");
      if (tertial.isPresent() && (tertial.get() < 1 || tertial.get() > 3)) {
        ts.problem(
            ts.valueLocation("tertial"),
            ts.context() + ": 'tertial' must be 1, 2 or 3, got " + tertial.get());
        tertial = Optional.empty();
      }
      Optional<BigDecimal> value = ts.optionalDecimal("value");
      if (value.isEmpty() && !ts.has("value")) {
        ts.problem(ts.location(), ts.context() + ": missing required key 'value'");
      }
      ts.finish();
      if (year.isPresent() && value.isPresent()) {
        targets.add(new Target(year.get(), declared, tertial, value.get()));
      }
    }
    return targets;
  }

  /** The declared name of the district or group of districts this name or alias means. */
  private Optional<String> districtNamed(String text) {
    String key = District.slugOf(text);
    for (District d : districts) {
      if (d.slug().equals(key)
          || d.aliases().stream().anyMatch(a -> District.slugOf(a).equals(key))) {
        return Optional.of(d.name());
      }
    }
    for (DistrictGroup g : groups) {
      if (District.slugOf(g.name()).equals(key)
          || g.aliases().stream().anyMatch(a -> District.slugOf(a).equals(key))) {
        return Optional.of(g.name());
      }
    }
    return Optional.empty();
  }
}
