package rbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.compute.AggregationPlan;
import rbs.filter.FilterWords;
import rbs.model.Aggregate;
import rbs.model.Breakdown;
import rbs.model.District;
import rbs.model.DistrictGroup;
import rbs.model.MeasureKind;
import rbs.model.Period;
import rbs.model.ResultKey;
import rbs.model.Slice;
import rbs.model.Unit;

/**
 * The records whose {@code equals} and {@code hashCode} are written out rather than left to the
 * record (whose own are linked through method handles at their first use, slow in the quick start):
 * each must say what the record's own would. For every pair of a set of instances that differ in
 * each component, {@code equals} must hold exactly when every component is the same (compared
 * structurally here, not with the components' own {@code equals}), and equal instances must hash
 * alike; an instance must equal a copy of itself made of copied values.
 */
class WrittenEqualsTest {

  /** null, for {@code equals(null)}. */
  private static final Object NOTHING = null;

  private static final District DA = new District("A", List.of());
  private static final District DB = new District("B", List.of("Bee"));
  private static final Breakdown AGE =
      new Breakdown(
          "alder",
          "Ålder",
          "alder",
          List.of(
              new Breakdown.Category.Band(0, Optional.of(17L), "0–17"),
              new Breakdown.Category.Unknown("Okänd")));

  @Test
  void districtsGroupsAndVocabularies() {
    check(variants(DB));
    check(variants(new DistrictGroup("G", List.of("Gee"), List.of("A", "B"))));
    check(variants(FilterWords.Vocabulary.SWEDISH));
    check(List.of(FilterWords.Vocabulary.SWEDISH, FilterWords.Vocabulary.ENGLISH));
  }

  @Test
  void periods() {
    check(
        List.of(
            Period.month(2014, 1),
            Period.month(2014, 2),
            Period.month(2013, 1),
            Period.tertial(2014, 1),
            Period.yearToDate(2014, 4), // the months of the first tertial, another kind
            Period.year(2014),
            Period.yearToDate(2014, 12),
            Period.forecast(2014)));
  }

  @Test
  void units() {
    Unit.District a = new Unit.District(0, DA);
    Unit.District b = new Unit.District(1, DB);
    check(
        List.of(
            a,
            b,
            new Unit.District(1, DA),
            new Unit.District(0, DB),
            new Unit.District(0, new District("A", List.of("Alias"))),
            new Unit.Group(0, new DistrictGroup("G", List.of(), List.of("A", "B")), List.of(a, b)),
            new Unit.Group(1, new DistrictGroup("G", List.of(), List.of("A", "B")), List.of(a, b)),
            new Unit.Group(0, new DistrictGroup("H", List.of(), List.of("A", "B")), List.of(a, b)),
            new Unit.Group(0, new DistrictGroup("G", List.of(), List.of("A", "B")), List.of(a)),
            new Unit.Municipality("Stockholm"),
            new Unit.Municipality("Solna")));
  }

  @Test
  void breakdownsAndSlices() {
    List<Breakdown> breakdowns =
        List.of(
            AGE,
            new Breakdown("kon", AGE.label(), AGE.column(), AGE.categories()),
            new Breakdown(AGE.id(), "Age", AGE.column(), AGE.categories()),
            new Breakdown(AGE.id(), AGE.label(), "age", AGE.categories()),
            new Breakdown(
                AGE.id(),
                AGE.label(),
                AGE.column(),
                List.of(
                    new Breakdown.Category.Band(0, Optional.of(18L), "0–18"),
                    new Breakdown.Category.Unknown("Okänd"))));
    check(breakdowns);
    check(List.of(new Slice(AGE, 0), new Slice(AGE, 1), new Slice(breakdowns.get(1), 0)));
  }

  @Test
  void aggregateRecords() {
    check(aggregates());
  }

  @Test
  void sourcePlans() {
    AggregationPlan.PlannedAggregate all =
        new AggregationPlan.PlannedAggregate(aggregates().get(0), Optional.empty());
    AggregationPlan.PlannedAggregate filtered =
        new AggregationPlan.PlannedAggregate(aggregates().get(0), Optional.of(0));
    check(
        List.of(
            new AggregationPlan.SourcePlan("s", List.of("x"), List.of(all)),
            new AggregationPlan.SourcePlan("t", List.of("x"), List.of(all)),
            new AggregationPlan.SourcePlan("s", List.of("y"), List.of(all)),
            new AggregationPlan.SourcePlan("s", List.of("x"), List.of(filtered)),
            new AggregationPlan.SourcePlan("s", List.of("x"), List.of(all, filtered))));
  }

  @Test
  void resultKeys() throws ReflectiveOperationException {
    Unit a = new Unit.District(0, DA);
    Unit city = new Unit.Municipality("Stockholm");
    Period may = Period.month(2014, 5);
    Period t1 = Period.tertial(2014, 1);
    check(
        List.of(
            new ResultKey("i", a, may),
            new ResultKey("j", a, may),
            new ResultKey("i", city, may),
            new ResultKey("i", a, t1)));
    check(
        List.of(
            make("rbs.report.ResultsIndex$SliceKey", new ResultKey("i", a, may), "0–17"),
            make("rbs.report.ResultsIndex$SliceKey", new ResultKey("j", a, may), "0–17"),
            make("rbs.report.ResultsIndex$SliceKey", new ResultKey("i", a, may), "Okänd"),
            make("rbs.report.ResultsIndex$SliceKey", new ResultKey("i", city, may), "0–17"),
            make("rbs.report.ResultsIndex$SliceKey", new ResultKey("i", a, t1), "0–17")));
    check(
        List.of(
            make("rbs.report.ResultsIndex$UnitKey", "i", a),
            make("rbs.report.ResultsIndex$UnitKey", "j", a),
            make("rbs.report.ResultsIndex$UnitKey", "i", city)));
    check(
        List.of(
            make(
                "rbs.report.ResultsIndex$FilterKey", "s", "x == 1", FilterWords.Vocabulary.SWEDISH),
            make(
                "rbs.report.ResultsIndex$FilterKey", "t", "x == 1", FilterWords.Vocabulary.SWEDISH),
            make(
                "rbs.report.ResultsIndex$FilterKey", "s", "x == 2", FilterWords.Vocabulary.SWEDISH),
            make(
                "rbs.report.ResultsIndex$FilterKey",
                "s",
                "x == 1",
                FilterWords.Vocabulary.ENGLISH)));
  }

  @Test
  void stylesKeys() throws ReflectiveOperationException {
    String fill = "rbs.report.StylesText$Fill";
    check(
        List.of(
            make(fill, "solid", "FF000000"),
            make(fill, "none", "FF000000"),
            make(fill, "solid", "FFFFFFFF"),
            make(fill, "solid", "")));
    List<Object> borders = new ArrayList<>();
    for (int bits = 0; bits < 8; bits++) {
      borders.add(
          make("rbs.report.StylesText$Border", (bits & 4) != 0, (bits & 2) != 0, (bits & 1) != 0));
    }
    check(borders);
  }

  @Test
  void targetKeys() throws ReflectiveOperationException {
    String key = "rbs.source.TargetTable$Key";
    check(
        List.of(
            make(key, "i", Optional.empty(), 2014, Optional.empty()),
            make(key, "j", Optional.empty(), 2014, Optional.empty()),
            make(key, "i", Optional.of("A"), 2014, Optional.empty()),
            make(key, "i", Optional.of("B"), 2014, Optional.empty()),
            make(key, "i", Optional.empty(), 2013, Optional.empty()),
            make(key, "i", Optional.empty(), 2014, Optional.of(1)),
            make(key, "i", Optional.empty(), 2014, Optional.of(2))));
  }

  /** Aggregates that differ from the first in one component each. */
  private static List<Aggregate> aggregates() {
    Optional<String> none = Optional.empty();
    return List.of(
        new Aggregate(MeasureKind.COUNT, "s", none, none, false, Optional.empty()),
        new Aggregate(MeasureKind.PERSONS, "s", none, none, false, Optional.empty()),
        new Aggregate(MeasureKind.COUNT, "t", none, none, false, Optional.empty()),
        new Aggregate(MeasureKind.COUNT, "s", none, Optional.of("x"), false, Optional.empty()),
        new Aggregate(MeasureKind.COUNT, "s", none, none, false, Optional.of(new Slice(AGE, 0))),
        new Aggregate(MeasureKind.COUNT, "s", none, none, false, Optional.of(new Slice(AGE, 1))),
        new Aggregate(MeasureKind.SUM, "s", Optional.of("c"), none, false, Optional.empty()),
        new Aggregate(MeasureKind.SUM, "s", Optional.of("d"), none, false, Optional.empty()),
        new Aggregate(MeasureKind.SUM, "s", Optional.of("c"), none, true, Optional.empty()));
  }

  /**
   * The record and, for each of its components that is a text or a list of texts, a copy with that
   * component changed.
   */
  private static List<Object> variants(Record r) {
    RecordComponent[] components = r.getClass().getRecordComponents();
    List<Object> variants = new ArrayList<>(List.of(r));
    for (int changed = 0; changed < components.length; changed++) {
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = value(components[i], r);
      }
      if (values[changed] instanceof String text) {
        values[changed] = text + "′";
      } else if (values[changed] instanceof List<?> list) {
        List<Object> longer = new ArrayList<>(list);
        longer.add("Z");
        values[changed] = longer;
      } else {
        continue;
      }
      try {
        variants.add(construct(r.getClass(), values));
      } catch (ReflectiveOperationException e) {
        throw new LinkageError(e.getMessage(), e);
      }
    }
    assertThat(variants).hasSize(components.length + 1);
    return variants;
  }

  private static Object make(String recordClass, Object... values)
      throws ReflectiveOperationException {
    return construct(Class.forName(recordClass), values);
  }

  private static void check(List<?> instances) {
    assertThat(instances).hasSizeGreaterThan(1);
    for (Object a : instances) {
      for (Object b : instances) {
        boolean same = same(a, b);
        assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(same);
        if (same) {
          assertThat(a.hashCode()).as("hash of %s and %s", a, b).isEqualTo(b.hashCode());
        }
      }
      Object copy = copy(a);
      assertThat(copy).isNotSameAs(a);
      assertThat(a.equals(copy)).as("%s equals its copy", a).isTrue();
      assertThat(copy.equals(a)).as("the copy of %s equals it", a).isTrue();
      assertThat(copy.hashCode()).as("hash of the copy of %s", a).isEqualTo(a.hashCode());
      assertThat(a.equals(NOTHING)).isFalse();
      assertThat(a.equals(a.toString())).isFalse();
    }
  }

  /** Whether two values are the same, records and lists component by component. */
  private static boolean same(Object a, Object b) {
    if (a instanceof Record && b instanceof Record) {
      if (a.getClass() != b.getClass()) {
        return false;
      }
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        if (!same(value(c, a), value(c, b))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() == y.isPresent() && (x.isEmpty() || same(x.get(), y.get()));
    }
    return a.equals(b);
  }

  /** A copy made of copied values: records, lists, optionals, texts and dates anew. */
  private static Object copy(Object v) {
    if (v instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = copy(value(components[i], r));
      }
      try {
        return construct(r.getClass(), values);
      } catch (ReflectiveOperationException e) {
        throw new LinkageError(e.getMessage(), e);
      }
    }
    if (v instanceof List<?> list) {
      List<Object> copied = new ArrayList<>();
      list.forEach(e -> copied.add(copy(e)));
      return copied;
    }
    if (v instanceof Optional<?> o) {
      return o.map(WrittenEqualsTest::copy);
    }
    if (v instanceof String s) {
      return new String(s.toCharArray());
    }
    if (v instanceof LocalDate d) {
      return LocalDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
    return v; // enums, numbers, booleans
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      var accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  private static Object construct(Class<?> recordClass, Object... values)
      throws ReflectiveOperationException {
    RecordComponent[] components = recordClass.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    Constructor<?> canonical = recordClass.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return canonical.newInstance(values);
  }
}
