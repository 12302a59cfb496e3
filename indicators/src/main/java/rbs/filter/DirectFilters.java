package rbs.filter;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.Source;

/**
 * The filters most programmes write, compiled to plain comparisons instead of being evaluated by
 * CEL: a column compared with a constant by {@code ==} or {@code !=} (text, district, date as text,
 * integer, yes/no), a yes/no column, {@code true}/{@code false}, and {@code &&}, {@code ||}, {@code
 * !} over these, also on the columns a source derives from the person (sex as text, age as an
 * integer). They give what CEL gives on every row (none of them can fail); anything else is left to
 * CEL.
 */
final class DirectFilters {

  private final Source source;
  private final List<String> districtNames;

  DirectFilters(Source source, List<String> districtNames) {
    this.source = source;
    this.districtNames = districtNames;
  }

  /** The filter as comparisons, when the checked expression is in the simple form. */
  Optional<RowFilter> compile(CelAbstractSyntaxTree ast) {
    return compileParsed(ast.getExpr());
  }

  /** The filter as comparisons, when the (parsed, not yet checked) tree is in the simple form. */
  Optional<RowFilter> compileParsed(CelExpr expression) {
    return Optional.ofNullable(compile(expression));
  }

  private RowFilter compile(CelExpr e) {
    switch (e.getKind()) {
      case CONSTANT -> {
        if (e.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE) {
          boolean b = e.constant().booleanValue();
          return row -> b;
        }
        return null;
      }
      case IDENT -> {
        int column = column(e, ColumnType.BOOLEAN);
        return column < 0 ? null : row -> row.has(column) && (Boolean) row.get(column);
      }
      case CALL -> {
        return call(e.call());
      }
      default -> {
        return null;
      }
    }
  }

  private RowFilter call(CelExpr.CelCall call) {
    if (call.target().isPresent()) {
      return null;
    }
    List<CelExpr> args = call.args();
    switch (call.function()) {
      case "_&&_" -> {
        RowFilter a = compile(args.get(0));
        RowFilter b = a == null ? null : compile(args.get(1));
        return b == null ? null : row -> a.test(row) && b.test(row);
      }
      case "_||_" -> {
        RowFilter a = compile(args.get(0));
        RowFilter b = a == null ? null : compile(args.get(1));
        return b == null ? null : row -> a.test(row) || b.test(row);
      }
      case "!_" -> {
        RowFilter a = compile(args.get(0));
        return a == null ? null : row -> !a.test(row);
      }
      case "_==_" -> {
        return equality(args.get(0), args.get(1));
      }
      case "@in" -> {
        return oneOf(args.get(0), args.get(1));
      }
      case "_!=_" -> {
        RowFilter eq = equality(args.get(0), args.get(1));
        return eq == null ? null : row -> !eq.test(row);
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * A column in a list of constants of its own type, as CEL sees that column: one of the
   * equalities. Lists of mixed types, or of other constants, are left to CEL.
   */
  private RowFilter oneOf(CelExpr column, CelExpr list) {
    if (column.getKind() != CelExpr.ExprKind.Kind.IDENT
        || list.getKind() != CelExpr.ExprKind.Kind.LIST
        || list.list().elements().isEmpty()) {
      return null;
    }
    CelConstant.Kind kind = null;
    RowFilter any = null;
    for (CelExpr element : list.list().elements()) {
      if (element.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
        return null;
      }
      CelConstant.Kind k = element.constant().getKind();
      if ((k != CelConstant.Kind.STRING_VALUE && k != CelConstant.Kind.INT64_VALUE)
          || (kind != null && k != kind)) {
        return null;
      }
      kind = k;
      RowFilter equal = equality(column, element);
      if (equal == null) {
        return null;
      }
      RowFilter before = any;
      any = before == null ? equal : row -> before.test(row) || equal.test(row);
    }
    return any;
  }

  /** A column equal to a constant (either way round). */
  private RowFilter equality(CelExpr a, CelExpr b) {
    if (a.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && b.getKind() == CelExpr.ExprKind.Kind.IDENT) {
      return equality(b, a);
    }
    if (a.getKind() != CelExpr.ExprKind.Kind.IDENT
        || b.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
      return null;
    }
    CelConstant c = b.constant();
    switch (c.getKind()) {
      case STRING_VALUE -> {
        return text(a, c.stringValue());
      }
      case INT64_VALUE -> {
        int column = column(a, ColumnType.INTEGER);
        long v = c.int64Value();
        return column < 0
            ? null
            : row -> (row.has(column) ? ((Number) row.get(column)).longValue() : 0L) == v;
      }
      case BOOLEAN_VALUE -> {
        int column = column(a, ColumnType.BOOLEAN);
        boolean v = c.booleanValue();
        return column < 0 ? null : row -> (row.has(column) && (Boolean) row.get(column)) == v;
      }
      default -> {
        return null;
      }
    }
  }

  /** A text, district or date column equal to a string, as CEL sees those columns. */
  private RowFilter text(CelExpr ident, String value) {
    int column = column(ident, null);
    if (column < 0) {
      return null;
    }
    ColumnType type = source.rowColumns().get(column).type();
    if (type == ColumnType.TEXT) {
      return row -> row.has(column) ? value.equals(row.get(column)) : value.isEmpty();
    }
    if (type == ColumnType.DISTRICT) {
      return row -> {
        if (!row.has(column)) {
          return value.isEmpty();
        }
        Object v = row.get(column);
        return value.equals(v instanceof Integer i ? districtNames.get(i) : v.toString());
      };
    }
    if (type == ColumnType.DATE) {
      return row ->
          row.has(column)
              ? value.equals(((LocalDate) row.get(column)).toString())
              : value.isEmpty();
    }
    return null;
  }

  /** The index of the column an identifier names, if of this type (any string type for null). */
  private int column(CelExpr ident, ColumnType type) {
    if (ident.getKind() != CelExpr.ExprKind.Kind.IDENT) {
      return -1;
    }
    String name = ident.ident().name();
    List<Column> columns = source.rowColumns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (c.name().equals(name) && c.type() != ColumnType.PERSON_ID) {
        return type == null || c.type() == type ? i : -1;
      }
    }
    return -1;
  }
}
