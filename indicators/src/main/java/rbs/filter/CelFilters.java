package rbs.filter;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.Source;
import rbs.rows.Row;

/**
 * Filters written in Google's Common Expression Language (CEL): type-checked against the source's
 * columns when the programme is loaded, compiled once, and evaluated per row in a sandbox (no I/O,
 * no loops over unbounded data, bounded expression size).
 *
 * <p>Each column is a variable of its type: text and district (the declared district name) are
 * strings, integer is int, decimal is double, boolean is bool, date is a string {@code
 * "YYYY-MM-DD"} (so {@code datum >= "2014-05-01"} works). Person identifiers are not visible to
 * filters; the columns a source derives from them (sex as text, age as int) are. An empty cell is
 * {@code ""}, {@code 0}, {@code 0.0} or {@code false}: {@code kunskap != ""} means "answered".
 */
public final class CelFilters implements FilterFactory {

  /** Filters are one-liners; this bounds parse time and memory. */
  static final int MAX_EXPRESSION_LENGTH = 2_000;

  /** CEL's options, made on first use: a programme of simple filters never loads CEL. */
  private static final class Options {
    static final CelOptions INSTANCE =
        CelOptions.current()
            .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
            .maxParseRecursionDepth(50)
            .comprehensionMaxIterations(1_000)
            .build();
  }

  /**
   * CEL's runtime, built on first use: building it costs about as much as checking all of a
   * programme's filters, and a filter that compiles to direct comparisons never needs it.
   */
  private static final class LazyRuntime {
    static final CelRuntime INSTANCE =
        CelRuntimeFactory.legacyCelRuntimeBuilder().setOptions(Options.INSTANCE).build();
  }

  /** What a filter's check depends on: the variables it may use, by type, and its text. */
  private record CheckKey(List<String> variables, String expression) {}

  /** Bounds the checked filters remembered (a programme has tens). */
  private static final int MAX_CHECKED = 1_000;

  /**
   * Filters that passed the checker, with their checked trees (immutable): the programme's reader
   * checks each filter and the engine compiles it again, each with its own {@code CelFilters}, and
   * checking is the costly part of either.
   */
  private static final Map<CheckKey, CelAbstractSyntaxTree> CHECKED = new ConcurrentHashMap<>();

  private final List<String> districtNames;
  private final Map<String, CelCompiler> compilers = new HashMap<>();

  /**
   * @param districtNames the programme's districts, by index as rows carry them
   */
  public CelFilters(List<String> districtNames) {
    this.districtNames = List.copyOf(districtNames);
  }

  public static CelFilters forProgramme(rbs.model.Programme programme) {
    return new CelFilters(programme.districts().stream().map(rbs.model.District::name).toList());
  }

  /**
   * Why a filter is invalid, in the user's terms, and where in the expression (0-based character).
   */
  public record FilterProblem(String message, int offset) {
    public FilterProblem {
      java.util.Objects.requireNonNull(message, "message");
    }

    /** The message with its position inside the filter, for when the filter's own is unknown. */
    public String withOffset() {
      return message + " (at character " + (offset + 1) + " of the filter)";
    }
  }

  /**
   * Why the expression is not a valid filter over the source's columns, and where in it; empty when
   * it is valid.
   */
  public Optional<FilterProblem> check(Source source, String expression) {
    if (expression.length() > MAX_EXPRESSION_LENGTH) {
      return Optional.of(
          new FilterProblem("longer than " + MAX_EXPRESSION_LENGTH + " characters", 0));
    }
    if (simple(source, expression).isPresent()) {
      return Optional.empty(); // comparisons of the columns' own types: what CEL's checker passes
    }
    return checkWithCel(source, expression);
  }

  /**
   * A filter of the simple kind ({@link SimpleSyntax}) over the source's columns, each compared
   * with a constant of its own type, as direct comparisons; empty for any other, CEL's to check.
   */
  private Optional<RowFilter> simple(Source source, String expression) {
    DirectFilters direct = new DirectFilters(source, districtNames);
    return SimpleSyntax.parse(expression).flatMap(direct::compileParsed);
  }

  /** {@link #check} by CEL's parser and checker alone (for tests of the simple kind). */
  Optional<FilterProblem> checkWithCel(Source source, String expression) {
    CelCompiler compiler = compiler(source);
    CelValidationResult parsed = compiler.parse(expression);
    if (parsed.hasError()) {
      return Optional.of(
          problem(parsed.getAllIssues().get(0), parsed.getAllIssues().get(0).getMessage()));
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = parsed.getAst();
    } catch (CelValidationException e) {
      throw new IllegalStateException("a parse without errors has a tree", e);
    }
    CelValidationResult checked = compiler.check(ast);
    if (checked.hasError()) {
      CelIssue issue = checked.getAllIssues().get(0);
      String message =
          undeclared(ast, issue.getExprId())
              .map(name -> unknownColumn(source, name))
              .orElse(issue.getMessage());
      return Optional.of(problem(issue, message));
    }
    CelType result;
    try {
      result = checked.getAst().getResultType();
    } catch (CelValidationException e) {
      throw new IllegalStateException("a check without errors has a tree", e);
    }
    if (!result.equals(SimpleType.BOOL) && !result.equals(SimpleType.DYN)) {
      return Optional.of(
          new FilterProblem(
              "a filter must be true or false for each row, not " + result.name(), 0));
    }
    try {
      remember(new CheckKey(variables(source), expression), checked.getAst());
    } catch (CelValidationException e) {
      throw new IllegalStateException("a check without errors has a tree", e);
    }
    return Optional.empty();
  }

  private static void remember(CheckKey key, CelAbstractSyntaxTree ast) {
    if (CHECKED.size() >= MAX_CHECKED) {
      CHECKED.clear();
    }
    CHECKED.put(key, ast);
  }

  /** The variables a source's filters may use, with their CEL types: what the compiler declares. */
  private static List<String> variables(Source source) {
    return source.rowColumns().stream()
        .filter(c -> c.type() != ColumnType.PERSON_ID)
        .map(c -> c.name() + ":" + celType(c.type()).name())
        .toList();
  }

  private static FilterProblem problem(CelIssue issue, String message) {
    return new FilterProblem(message, Math.max(0, issue.getSourceLocation().getColumn()));
  }

  /**
   * The name the checker found no declaration for, when its issue is at a name (or at a field of
   * one: {@code a.b} with no {@code a}): a column the source does not have.
   */
  private static Optional<String> undeclared(CelAbstractSyntaxTree ast, long exprId) {
    Optional<CelExpr> at =
        CelNavigableAst.fromAst(ast)
            .getRoot()
            .allNodes()
            .map(CelNavigableExpr::expr)
            .filter(e -> e.id() == exprId)
            .findFirst();
    while (at.isPresent() && at.get().getKind() == CelExpr.ExprKind.Kind.SELECT) {
      at = Optional.of(at.get().select().operand());
    }
    return at.filter(e -> e.getKind() == CelExpr.ExprKind.Kind.IDENT).map(e -> e.ident().name());
  }

  private static String unknownColumn(Source source, String name) {
    boolean person = source.column(name).map(c -> c.type() == ColumnType.PERSON_ID).orElse(false);
    return person
        ? "column '" + name + "' identifies persons and cannot be used in a filter"
        : "unknown column '"
            + name
            + "' in source '"
            + source.name()
            + "' (columns: "
            + String.join(", ", filterable(source))
            + ")";
  }

  @Override
  public RowFilter compile(Source source, String expression) {
    int[] reads = referenced(expression, source.rowColumns());
    // comparisons: read without CEL, or from CEL's checked tree; else CEL evaluates it
    Optional<RowFilter> direct = simple(source, expression);
    if (direct.isEmpty()) {
      CelAbstractSyntaxTree ast = checked(source, expression);
      direct = new DirectFilters(source, districtNames).compile(ast);
      if (direct.isEmpty()) {
        return new Memo(evaluated(source, ast), reads);
      }
    }
    return RowFilter.reading(direct.get(), Arrays.stream(reads).boxed().toList());
  }

  /** The filter evaluated by CEL on every row (no comparisons compiled, nothing remembered). */
  RowFilter evaluated(Source source, String expression) {
    return evaluated(source, checked(source, expression));
  }

  private CelAbstractSyntaxTree checked(Source source, String expression) {
    CheckKey key = new CheckKey(variables(source), expression);
    CelAbstractSyntaxTree known = CHECKED.get(key);
    if (known != null) {
      return known;
    }
    try {
      CelAbstractSyntaxTree ast = compiler(source).compile(expression).getAst();
      remember(key, ast);
      return ast;
    } catch (CelValidationException e) {
      throw new IllegalArgumentException(
          "filter of source '" + source.name() + "' does not compile: " + e.getMessage(), e);
    }
  }

  private RowFilter evaluated(Source source, CelAbstractSyntaxTree ast) {
    CelRuntime.Program program;
    try {
      program = LazyRuntime.INSTANCE.createProgram(ast);
    } catch (CelEvaluationException e) {
      throw new IllegalArgumentException(
          "filter of source '" + source.name() + "' does not compile: " + e.getMessage(), e);
    }
    Map<String, Integer> index = new HashMap<>();
    List<Column> columns = source.rowColumns();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).name(), i);
    }
    return row -> {
      try {
        Object result = program.eval(name -> Optional.of(value(row, index.get(name), columns)));
        return Boolean.TRUE.equals(result);
      } catch (CelEvaluationException e) {
        // counting such a row as false would quietly change the numbers: the caller reports it
        throw new FilterFailure(reason(e));
      }
    };
  }

  // CEL 0.14's evaluation errors carry their position only in their message ("<input>:12")
  private static final Pattern AT = Pattern.compile("<input>:(\\d+)");

  /**
   * Why evaluation failed, in words and with the position in the filter; CEL's own message quotes
   * the row's values, which may identify a person, so only its kind and position are kept.
   */
  static String reason(CelEvaluationException e) {

    String what =
        switch (e.getErrorCode()) {
          case BAD_FORMAT ->
              "a conversion failed (a value that is not the number, date or time it expects)";
          case DIVIDE_BY_ZERO -> "a division by zero";
          case INVALID_ARGUMENT ->
              "an invalid argument (e.g. a regular expression that does not compile)";
          case INDEX_OUT_OF_BOUNDS -> "an index out of bounds";
          case NUMERIC_OVERFLOW -> "a number too large";
          default ->
              "an error (" + e.getErrorCode().name().toLowerCase(java.util.Locale.ROOT) + ")";
        };
    Matcher m = AT.matcher(String.valueOf(e.getMessage()));
    return m.find()
        ? what + " at character " + (Integer.parseInt(m.group(1)) + 1) + " of the filter"
        : what;
  }

  /** The columns whose names occur in the expression (a superset of those it reads). */
  private static int[] referenced(String expression, List<Column> columns) {
    List<Integer> used = new java.util.ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      if (Pattern.compile("(?<![A-Za-z0-9_.])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
          .matcher(expression)
          .find()) {
        used.add(i);
      }
    }
    return used.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Remembers a filter's answer per combination of the values it reads: filters test a few
   * low-cardinality columns (target group, event, yes/no), so most rows are a few hash lookups (one
   * per column read, no key made) instead of an evaluation. Gives up remembering when the
   * combinations grow past a bound. A row the filter fails on is not remembered: it fails again.
   */
  private static final class Memo implements RowFilter {
    static final int MAX_ENTRIES = 4_096;

    private final RowFilter filter;
    private final int[] columns;
    // one level of maps per column read; the last level holds the answers
    private final Map<Object, Object> answers = new HashMap<>();
    private int entries;
    private boolean remembering = true;

    Memo(RowFilter filter, int[] columns) {
      this.filter = filter;
      this.columns = columns;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean test(Row row) {
      if (!remembering || columns.length == 0) {
        return filter.test(row);
      }
      Map<Object, Object> level = answers;
      int last = columns.length - 1;
      for (int i = 0; i < last; i++) {
        Object key = cell(row, columns[i]);
        Map<Object, Object> next = (Map<Object, Object>) level.get(key);
        if (next == null) {
          next = new HashMap<>();
          level.put(key, next);
        }
        level = next;
      }
      Object key = cell(row, columns[last]);
      Boolean known = (Boolean) level.get(key);
      if (known != null) {
        return known;
      }
      boolean answer = filter.test(row);
      if (entries >= MAX_ENTRIES) {
        remembering = false;
        answers.clear();
      } else {
        level.put(key, answer);
        entries++;
      }
      return answer;
    }

    private static Object cell(Row row, int column) {
      return row.has(column) ? row.get(column) : Memo.class;
    }

    @Override
    public Optional<List<Integer>> reads() {
      return Optional.of(Arrays.stream(columns).boxed().toList());
    }
  }

  private Object value(Row row, Integer column, List<Column> columns) {
    ColumnType type = columns.get(column).type();
    if (!row.has(column)) {
      return empty(type);
    }
    Object v = row.get(column);
    return switch (type) {
      case DECIMAL -> v instanceof BigDecimal d ? d.doubleValue() : ((Number) v).doubleValue();
      case INTEGER -> ((Number) v).longValue();
      case DATE -> ((LocalDate) v).toString();
      case DISTRICT -> v instanceof Integer i ? districtNames.get(i) : v.toString();
      default -> v;
    };
  }

  private static Object empty(ColumnType type) {
    return switch (type) {
      case INTEGER -> 0L;
      case DECIMAL -> 0.0;
      case BOOLEAN -> false;
      default -> "";
    };
  }

  private CelCompiler compiler(Source source) {
    return compilers.computeIfAbsent(
        source.name(),
        n -> {
          var builder =
              CelCompilerFactory.standardCelCompilerBuilder().setOptions(Options.INSTANCE);
          for (Column c : source.rowColumns()) {
            if (c.type() != ColumnType.PERSON_ID) {
              builder.addVar(c.name(), celType(c.type()));
            }
          }
          return builder.build();
        });
  }

  private static List<String> filterable(Source source) {
    return source.rowColumns().stream()
        .filter(c -> c.type() != ColumnType.PERSON_ID)
        .map(Column::name)
        .toList();
  }

  private static CelType celType(ColumnType type) {
    return switch (type) {
      case INTEGER -> SimpleType.INT;
      case DECIMAL -> SimpleType.DOUBLE;
      case BOOLEAN -> SimpleType.BOOL;
      default -> SimpleType.STRING;
    };
  }
}
