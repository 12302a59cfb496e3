package rbs.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import rbs.rows.Row;

/**
 * A filter compiled to comparisons, or remembered per combination of values, answers every row as
 * CEL evaluating it does.
 */
class DirectFiltersTest {

  private static final List<String> ATOMS =
      List.of(
          "malgrupp == \"kvinna\"",
          "\"\" != malgrupp",
          "malgrupp == \"\"",
          "stadsdel == \"Söder\"",
          "\"Norr\" == stadsdel",
          "datum == \"2014-05-03\"",
          "datum != \"\"",
          "samtycke",
          "samtycke == false",
          "true != samtycke",
          "dygn == 12",
          "dygn != 0",
          "true",
          "false",
          // left to CEL
          "dygn > 10",
          "belopp < 3.0",
          "malgrupp.startsWith(\"kv\")",
          "malgrupp in [\"man\", \"barn\"]");

  private final CelFilters filters = new CelFilters(List.of("Norr", "Söder"));

  @Property(tries = 400)
  void answersAsCelDoes(@ForAll("expressions") String expression, @ForAll("rows") List<Row> rows) {
    RowFilter fast = filters.compile(CelFiltersTest.SOURCE, expression);
    RowFilter cel = filters.evaluated(CelFiltersTest.SOURCE, expression);
    for (Row row : rows) {
      assertThat(fast.test(row)).as(expression).isEqualTo(cel.test(row));
    }
  }

  @Test
  void theProgrammesFiltersAreComparisons() {
    assertThat(
            new DirectFilters(CelFiltersTest.SOURCE, List.of())
                .compile(ast("malgrupp == \"man\" && samtycke")))
        .isPresent();
    assertThat(new DirectFilters(CelFiltersTest.SOURCE, List.of()).compile(ast("dygn > 10")))
        .isEmpty();
  }

  private dev.cel.common.CelAbstractSyntaxTree ast(String expression) {
    try {
      return dev.cel.compiler.CelCompilerFactory.standardCelCompilerBuilder()
          .addVar("malgrupp", dev.cel.common.types.SimpleType.STRING)
          .addVar("samtycke", dev.cel.common.types.SimpleType.BOOL)
          .addVar("dygn", dev.cel.common.types.SimpleType.INT)
          .build()
          .compile(expression)
          .getAst();
    } catch (dev.cel.common.CelValidationException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Provide
  Arbitrary<String> expressions() {
    Arbitrary<String> atom = Arbitraries.of(ATOMS);
    return Arbitraries.recursive(
        () -> atom,
        inner ->
            Arbitraries.oneOf(
                Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") && (" + b + ")"),
                Combinators.combine(inner, inner).as((a, b) -> "(" + a + ") || (" + b + ")"),
                inner.map(a -> "!(" + a + ")")),
        0,
        3);
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.integers().between(0, 1),
                Arbitraries.of("kvinna", "man", "barn", "").injectNull(0.2),
                Arbitraries.of(true, false).injectNull(0.3),
                Arbitraries.longs().between(0, 13).injectNull(0.2),
                Arbitraries.of(new BigDecimal("2.5"), BigDecimal.TEN).injectNull(0.2),
                Arbitraries.of(LocalDate.of(2014, 5, 3), LocalDate.of(2013, 1, 1)).injectNull(0.1))
            .as(
                (d, m, s, n, b, date) ->
                    new Row(
                        d,
                        LocalDate.of(2014, 5, 3),
                        1,
                        true,
                        new Object[] {d, null, date, "".equals(m) ? null : m, s, n, b}));
    return row.list().ofMinSize(1).ofMaxSize(20).map(ArrayList::new);
  }
}
