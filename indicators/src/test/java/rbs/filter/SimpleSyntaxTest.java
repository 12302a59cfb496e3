package rbs.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rbs.rows.Row;

/**
 * The simple filters read without CEL are read as CEL reads them: for 30,000 generated expressions
 * (the simple kind, and near misses of every sort: escapes, comments, other operators, numbers CEL
 * writes otherwise, reserved words, calls, fields, unknown and person columns, wrong types), a tree
 * this reader makes is CEL's parser's tree (up to how a chain of one connective is grouped), the
 * programme check accepts and rejects exactly what CEL's checker does, the compiled filter answers
 * as CEL's evaluation on random rows, and the filter is put into the same words.
 */
class SimpleSyntaxTest {

  private static final String[] ATOMS = {
    "malgrupp",
    "stadsdel",
    "datum",
    "samtycke",
    "dygn",
    "belopp",
    "person",
    "okand",
    "\"kvinna\"",
    "'man'",
    "\"\"",
    "\"Söder\"",
    "\"2014-05-01\"",
    "3",
    "0",
    "007",
    "true",
    "false",
    "\"a\\\"b\"",
    "r\"x\"",
    "\"\"\"x\"\"\"",
    "1.5",
    "-1",
    "0x1F",
    "1u",
    "1e3",
    "null",
    "in",
    "malgrupp.size()",
    "size(malgrupp)",
    "a.b",
    "\"x//y\"",
    "99999999999999999999",
    "_x",
    "`a`",
    "'it''s'",
    "\"a\\\\b\"",
    "'\\u00e5'",
    "\"\\x41\"",
    "[\"kvinna\", 'man']",
    "[\"barn\"]",
    "[1, 3]",
    "[\"kvinna\", 1]",
    "[]",
    "[\"a\",]",
    "[malgrupp]",
    "[\"Norr\", \"2014-05-01\"]"
  };
  private static final String[] LISTS = {
    "[\"kvinna\", 'man']",
    "['man', \"barn\", \"\"]",
    "[\"Söder\", \"Norr\"]",
    "[1, 3]",
    "[0, 2, 4]",
    "[\"2014-05-01\", \"2014-06-01\"]",
    "[\"kvinna\", 1]",
    "[true]"
  };
  private static final String[] BINARY = {
    " == ", "==", " != ", " && ", "&&", " || ", "||", " < ", " >= ", " + ", " in ", " in ", " in ",
    " ? "
  };
  private static final String[] SPACE = {"", " ", "  ", "\t", "\n", "\r\n", " // c\n"};

  private final CelFilters filters = new CelFilters(List.of("Norr", "Söder"));
  private final CelCompiler parser = CelCompilerFactory.standardCelCompilerBuilder().build();

  @Test
  void readsWhatCelReadsAsCelReadsIt() {
    SplittableRandom random = new SplittableRandom(2026);
    int simple = 0;
    int valid = 0;
    for (int t = 0; t < 30_000; t++) {
      String e = expression(random, 0);
      Optional<CelExpr> mine = SimpleSyntax.parse(e);
      boolean checks = filters.check(CelFiltersTest.SOURCE, e).isEmpty();
      boolean celChecks = filters.checkWithCel(CelFiltersTest.SOURCE, e).isEmpty();
      assertThat(checks).as("check of %s", e).isEqualTo(celChecks);
      valid += checks ? 1 : 0;
      if (mine.isEmpty()) {
        continue;
      }
      simple++;
      CelValidationResult parsed = parser.parse(e);
      assertThat(parsed.hasError()).as("CEL parses %s", e).isFalse();
      CelExpr theirs;
      try {
        theirs = parsed.getAst().getExpr();
      } catch (dev.cel.common.CelValidationException x) {
        throw new AssertionError(x);
      }
      assertThat(canonical(mine.get())).as("tree of %s", e).isEqualTo(canonical(theirs));
      for (FilterWords.Vocabulary words :
          List.of(FilterWords.Vocabulary.SWEDISH, FilterWords.Vocabulary.ENGLISH)) {
        assertThat(FilterWords.describe(CelFiltersTest.SOURCE, mine.get(), words))
            .as("words for %s", e)
            .isEqualTo(FilterWords.describe(CelFiltersTest.SOURCE, theirs, words));
      }
      if (checks) {
        RowFilter compiled = filters.compile(CelFiltersTest.SOURCE, e);
        RowFilter evaluated = filters.evaluated(CelFiltersTest.SOURCE, e);
        for (int r = 0; r < 20; r++) {
          Row row = row(random);
          assertThat(compiled.test(row)).as("%s on row %d", e, r).isEqualTo(evaluated.test(row));
        }
      }
    }
    // the generator reaches every case: simple ones, valid ones, and many of neither
    assertThat(simple).isBetween(3_000, 27_000);
    assertThat(valid).isBetween(1_000, 27_000);
  }

  private static String expression(SplittableRandom random, int depth) {
    int kind = depth > 3 ? 0 : random.nextInt(11);
    String space = SPACE[random.nextInt(SPACE.length)];
    return switch (kind) {
      case 0, 1, 2 -> ATOMS[random.nextInt(ATOMS.length)];
      case 3 -> "!".repeat(1 + random.nextInt(3)) + space + expression(random, depth + 1);
      case 4 -> "(" + space + expression(random, depth + 1) + space + ")";
      case 7 -> ATOMS[random.nextInt(8)] + " in " + LISTS[random.nextInt(LISTS.length)];
      case 5, 6 ->
          ATOMS[random.nextInt(ATOMS.length)]
              + (random.nextBoolean() ? " == " : " != ")
              + ATOMS[random.nextInt(ATOMS.length)];
      default ->
          expression(random, depth + 1)
              + space
              + BINARY[random.nextInt(BINARY.length)]
              + space
              + expression(random, depth + 1);
    };
  }

  /** The tree as text, a chain of one connective flattened (its grouping means nothing). */
  private static String canonical(CelExpr e) {
    return switch (e.getKind()) {
      case IDENT -> e.ident().name();
      case CONSTANT -> e.constant().toString();
      case CALL -> {
        String f = e.call().function();
        List<String> args = new ArrayList<>();
        for (CelExpr a : e.call().args()) {
          if ((f.equals("_&&_") || f.equals("_||_"))
              && a.getKind() == CelExpr.ExprKind.Kind.CALL
              && a.call().function().equals(f)) {
            String inner = canonical(a);
            args.add(inner.substring(f.length() + 1, inner.length() - 1));
          } else {
            args.add(canonical(a));
          }
        }
        yield f
            + "("
            + e.call().target().map(SimpleSyntaxTest::canonical).orElse("")
            + String.join(",", args)
            + ")";
      }
      case LIST ->
          "["
              + e.list().elements().stream()
                  .map(SimpleSyntaxTest::canonical)
                  .collect(Collectors.joining(","))
              + "]";
      default -> e.getKind() + ":" + e;
    };
  }

  private static Row row(SplittableRandom random) {
    String[] groups = {"kvinna", "man", "barn", ""};
    Object[] values = new Object[7];
    values[0] = random.nextInt(2);
    values[1] = 1L;
    values[2] = LocalDate.of(2014, 1 + random.nextInt(12), 1);
    values[3] = random.nextInt(4) == 0 ? null : groups[random.nextInt(groups.length)];
    values[4] = random.nextInt(3) == 0 ? null : random.nextBoolean();
    values[5] = random.nextInt(4) == 0 ? null : Long.valueOf(random.nextInt(5));
    values[6] = random.nextInt(4) == 0 ? null : new BigDecimal("1.5");
    return new Row((Integer) values[0], (LocalDate) values[2], 1, true, values, "f.csv", 2);
  }

  @Test
  void noCelIsNeededForTheSeedProgrammesFilters() {
    // the shapes of the sample programmes' filters, as the generator may not write them
    List<String> seed =
        List.of(
            "malgrupp == \"kvinna\" && samtycke",
            "!(malgrupp == 'barn') || dygn != 0",
            "(malgrupp == \"man\") && (samtycke == true) && stadsdel == \"Norr\"",
            "malgrupp in [\"skyddat boende\", \"annan boendeform\"]",
            "dygn in [1, 2] || !(stadsdel in ['Norr'])");
    assertThat(seed.stream().map(SimpleSyntax::parse).filter(Optional::isPresent).count())
        .isEqualTo(seed.size());
    assertThat(
            seed.stream()
                .map(e -> filters.check(CelFiltersTest.SOURCE, e))
                .filter(Optional::isPresent)
                .collect(Collectors.toList()))
        .isEmpty();
  }
}
