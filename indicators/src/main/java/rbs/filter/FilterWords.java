package rbs.filter;

import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.Source;

/**
 * A filter said in words for readers of a report: columns by their header names, "och"/"eller"
 * instead of {@code &&}/{@code ||}, quoted values. What it cannot say plainly (functions,
 * arithmetic) is shown as the expression itself, so nothing is ever lost or guessed.
 */
public final class FilterWords {

  /** The words of one language. */
  public record Vocabulary(
      String and,
      String or,
      String not,
      String is,
      String isNot,
      String oneOf,
      String less,
      String atMost,
      String greater,
      String atLeast,
      String before,
      String onOrBefore,
      String after,
      String onOrAfter,
      String empty,
      String yes,
      String no,
      String openQuote,
      String closeQuote) {

    // written out, as on Period (why there): there are two vocabularies, constants, so the usual
    // comparison is of the same object
    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Vocabulary v && words().equals(v.words()));
    }

    @Override
    public int hashCode() {
      return words().hashCode();
    }

    private List<String> words() {
      return List.of(
          and,
          or,
          not,
          is,
          isNot,
          oneOf,
          less,
          atMost,
          greater,
          atLeast,
          before,
          onOrBefore,
          after,
          onOrAfter,
          empty,
          yes,
          no,
          openQuote,
          closeQuote);
    }

    public static final Vocabulary SWEDISH =
        new Vocabulary(
            "och",
            "eller",
            "inte",
            "är",
            "är inte",
            "är någon av",
            "är mindre än",
            "är högst",
            "är större än",
            "är minst",
            "är före",
            "är senast",
            "är efter",
            "är tidigast",
            "tomt",
            "ja",
            "nej",
            "”",
            "”");

    public static final Vocabulary ENGLISH =
        new Vocabulary(
            "and",
            "or",
            "not",
            "is",
            "is not",
            "is one of",
            "is less than",
            "is at most",
            "is greater than",
            "is at least",
            "is before",
            "is on or before",
            "is after",
            "is on or after",
            "empty",
            "yes",
            "no",
            "“",
            "”");
  }

  /** CEL's parser, made on first use: the simple filters most programmes write never need it. */
  private static final class Parser {
    static final CelCompiler INSTANCE = CelCompilerFactory.standardCelCompilerBuilder().build();
  }

  private FilterWords() {}

  /** The expression in words, or the expression itself where it cannot be said plainly. */
  public static String describe(Source source, String expression, Vocabulary words) {
    Optional<CelExpr> simple = SimpleSyntax.parse(expression);
    CelExpr root;
    if (simple.isPresent()) {
      root = simple.get();
    } else {
      try {
        root = Parser.INSTANCE.parse(expression).getAst().getExpr();
      } catch (CelValidationException e) {
        return expression;
      }
    }
    return describe(source, root, words).orElse(expression);
  }

  /** A parsed expression in words, when it can be said plainly. */
  static Optional<String> describe(Source source, CelExpr root, Vocabulary words) {
    try {
      return Optional.of(new Speaker(source, words).say(root));
    } catch (Unsayable e) {
      return Optional.empty();
    }
  }

  /** Thrown inside the speaker for a construct it does not put into words. */
  private static final class Unsayable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsayable() {
      super(null, null, false, false);
    }
  }

  private static final class Speaker {
    private final Source source;
    private final Vocabulary words;

    Speaker(Source source, Vocabulary words) {
      this.source = source;
      this.words = words;
    }

    String say(CelExpr e) {
      switch (e.getKind()) {
        case IDENT -> {
          Column column = column(e);
          if (column.type() != ColumnType.BOOLEAN) {
            throw new Unsayable();
          }
          return header(column) + ": " + words.yes();
        }
        case CALL -> {
          return call(e);
        }
        default -> throw new Unsayable();
      }
    }

    private String call(CelExpr e) {
      if (e.call().target().isPresent()) {
        throw new Unsayable();
      }
      List<CelExpr> args = e.call().args();
      switch (e.call().function()) {
        case "_&&_" -> {
          return joined(args, "_||_", words.and());
        }
        case "_||_" -> {
          return joined(args, "_&&_", words.or());
        }
        case "!_" -> {
          CelExpr arg = args.get(0);
          if (arg.getKind() == CelExpr.ExprKind.Kind.IDENT
              && column(arg).type() == ColumnType.BOOLEAN) {
            return header(column(arg)) + ": " + words.no();
          }
          return words.not() + " (" + say(arg) + ")";
        }
        case "_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_" -> {
          return comparison(e.call().function(), args);
        }
        case "@in" -> {
          if (args.get(1).getKind() != CelExpr.ExprKind.Kind.LIST) {
            throw new Unsayable();
          }
          return header(column(args.get(0)))
              + " "
              + words.oneOf()
              + " "
              + args.get(1).list().elements().stream()
                  .map(this::value)
                  .collect(Collectors.joining(", "));
        }
        default -> throw new Unsayable();
      }
    }

    /** Operands joined by a connective; an operand of the other connective is parenthesised. */
    private String joined(List<CelExpr> args, String other, String connective) {
      return args.stream()
          .map(
              a -> {
                String said = say(a);
                boolean nested =
                    a.getKind() == CelExpr.ExprKind.Kind.CALL && a.call().function().equals(other);
                return nested ? "(" + said + ")" : said;
              })
          .collect(Collectors.joining(" " + connective + " "));
    }

    /** Column against value, in either order (the operator mirrored when the value comes first). */
    private String comparison(String function, List<CelExpr> args) {
      CelExpr left = args.get(0);
      CelExpr right = args.get(1);
      boolean columnFirst = left.getKind() == CelExpr.ExprKind.Kind.IDENT;
      Column column = column(columnFirst ? left : right);
      String value = value(columnFirst ? right : left);
      String op = columnFirst ? function : mirrored(function);
      return header(column) + " " + verb(op, column.type() == ColumnType.DATE) + " " + value;
    }

    private static String mirrored(String function) {
      return switch (function) {
        case "_<_" -> "_>_";
        case "_<=_" -> "_>=_";
        case "_>_" -> "_<_";
        case "_>=_" -> "_<=_";
        default -> function;
      };
    }

    private String verb(String function, boolean date) {
      return switch (function) {
        case "_==_" -> words.is();
        case "_!=_" -> words.isNot();
        case "_<_" -> date ? words.before() : words.less();
        case "_<=_" -> date ? words.onOrBefore() : words.atMost();
        case "_>_" -> date ? words.after() : words.greater();
        default -> date ? words.onOrAfter() : words.atLeast();
      };
    }

    private String value(CelExpr e) {
      if (e.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
        throw new Unsayable();
      }
      CelConstant c = e.constant();
      return switch (c.getKind()) {
        case STRING_VALUE ->
            c.stringValue().isEmpty()
                ? words.empty()
                : words.openQuote() + c.stringValue() + words.closeQuote();
        case INT64_VALUE -> Long.toString(c.int64Value());
        case DOUBLE_VALUE -> String.format(Locale.ROOT, "%s", c.doubleValue());
        case BOOLEAN_VALUE -> c.booleanValue() ? words.yes() : words.no();
        default -> throw new Unsayable();
      };
    }

    private Column column(CelExpr ident) {
      if (ident.getKind() != CelExpr.ExprKind.Kind.IDENT) {
        throw new Unsayable();
      }
      Optional<Column> column = source.rowColumn(ident.ident().name());
      return column.orElseThrow(Unsayable::new);
    }

    private static String header(Column column) {
      return column.headers().get(0);
    }
  }
}
