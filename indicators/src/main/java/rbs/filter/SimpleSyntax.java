package rbs.filter;

import com.google.common.collect.ImmutableList;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The filters most programmes write, read without CEL's parser: names, plain string, whole number
 * and true/false constants, {@code ==}, {@code !=}, {@code in} a list of such constants, {@code !},
 * {@code &&}, {@code ||} and brackets, into the tree CEL's parser makes of them (the same calls on
 * the same operands; a chain of {@code &&} or {@code ||} as binary calls, grouped in a way that
 * changes neither its meaning nor how {@link FilterWords} says it). Loading and warming up CEL's
 * parser and checker took most of the half second before a run read its first row; a programme
 * whose filters are all of this kind never loads them. Anything else (an escape in a string, a
 * comment, a negative number, a call, any other operator, a reserved word) is left to CEL: this
 * reader says only "not mine" and never why, so every message about a filter stays CEL's. After a
 * constant, a name or a closing bracket only an operator, a comma, a bracket or the end may come,
 * so whatever CEL reads as a longer token ({@code 1.5}, {@code 0x1F}, {@code 1u}, a triple-quoted
 * string, a call, a field, a comment) is no simple filter here without asking for it.
 */
final class SimpleSyntax {

  /** CEL's reserved words and {@code null}: never read as a name here. */
  private static final Set<String> RESERVED =
      Set.of(
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while",
          "null");

  /** Deeper brackets than this are left to CEL (which bounds them and says so). */
  private static final int MAX_DEPTH = 24;

  private final String text;
  private int at;
  private long ids;

  private SimpleSyntax(String text) {
    this.text = text;
  }

  /** The tree of an expression of the simple kind, as CEL's parser makes it; empty for others. */
  static Optional<CelExpr> parse(String expression) {
    if (expression.length() > CelFilters.MAX_EXPRESSION_LENGTH) {
      return Optional.empty();
    }
    try {
      SimpleSyntax p = new SimpleSyntax(expression);
      CelExpr e = p.or(0);
      p.space();
      return p.at == expression.length() ? Optional.of(e) : Optional.empty();
    } catch (NotSimple e) {
      return Optional.empty();
    }
  }

  /** Thrown for anything this reader leaves to CEL. */
  private static final class NotSimple extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSimple() {
      super(null, null, false, false);
    }
  }

  private CelExpr or(int depth) {
    return chain("||", "_||_", () -> and(depth));
  }

  private CelExpr and(int depth) {
    return chain("&&", "_&&_", () -> relation(depth));
  }

  /** Operands joined by one connective. */
  private CelExpr chain(String token, String function, Supplier<CelExpr> operand) {
    ImmutableList.Builder<CelExpr> terms = ImmutableList.builder();
    terms.add(operand.get());
    while (take(token)) {
      terms.add(operand.get());
    }
    return balanced(function, terms.build());
  }

  /**
   * A chain of the same logical operator as CEL's parser builds it: a balanced tree of binary calls
   * (the left half, then the right, split at the middle).
   */
  private CelExpr balanced(String function, ImmutableList<CelExpr> terms) {
    if (terms.size() == 1) {
      return terms.get(0);
    }
    return balanced(function, terms, 0, terms.size() - 1);
  }

  private CelExpr balanced(String function, ImmutableList<CelExpr> terms, int lo, int hi) {
    if (lo == hi) {
      return terms.get(lo);
    }
    int mid = (lo + hi + 1) / 2;
    CelExpr left = balanced(function, terms, lo, mid - 1);
    CelExpr right = balanced(function, terms, mid, hi);
    return CelExpr.ofCall(++ids, Optional.empty(), function, ImmutableList.of(left, right));
  }

  private CelExpr relation(int depth) {
    CelExpr left = unary(depth);
    String op = take("==") ? "_==_" : take("!=") ? "_!=_" : take("in") ? "@in" : null;
    if (op == null) {
      return left;
    }
    CelExpr right = op.equals("@in") ? list() : unary(depth);
    return CelExpr.ofCall(++ids, Optional.empty(), op, ImmutableList.of(left, right));
  }

  /** A list of one or more plain strings or whole numbers, {@code ["a", "b"]}. */
  private CelExpr list() {
    if (!take("[")) {
      throw new NotSimple();
    }
    ImmutableList.Builder<CelExpr> elements = ImmutableList.builder();
    do {
      space();
      char c = at < text.length() ? text.charAt(at) : 0;
      if (c == '"' || c == '\'') {
        elements.add(string(c));
      } else if (c >= '0' && c <= '9') {
        elements.add(number());
      } else {
        throw new NotSimple(); // an empty list, a trailing comma, anything but a constant
      }
    } while (take(","));
    if (!take("]")) {
      throw new NotSimple();
    }
    return CelExpr.ofList(++ids, elements.build(), ImmutableList.of());
  }

  /** CEL reads any number of '!' before an operand: an odd number is one negation, even none. */
  private CelExpr unary(int depth) {
    int bangs = 0;
    while (true) {
      space();
      if (at < text.length() && text.charAt(at) == '!' && !next("!=")) {
        bangs++;
        at++;
      } else {
        break;
      }
    }
    CelExpr operand = primary(depth);
    return bangs % 2 == 0
        ? operand
        : CelExpr.ofCall(++ids, Optional.empty(), "!_", ImmutableList.of(operand));
  }

  private CelExpr primary(int depth) {
    space();
    if (at >= text.length()) {
      throw new NotSimple();
    }
    char c = text.charAt(at);
    if (c == '(') {
      if (depth >= MAX_DEPTH) {
        throw new NotSimple();
      }
      at++;
      CelExpr inner = or(depth + 1);
      if (!take(")")) {
        throw new NotSimple();
      }
      return inner;
    }
    if (c == '"' || c == '\'') {
      return string(c);
    }
    if (c >= '0' && c <= '9') {
      return number();
    }
    if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return name();
    }
    throw new NotSimple();
  }

  private CelExpr string(char quote) {
    int end = at + 1;
    while (end < text.length() && text.charAt(end) != quote) {
      char c = text.charAt(end);
      if (c == '\\' || c == '\n' || c == '\r') {
        throw new NotSimple();
      }
      end++;
    }
    if (end >= text.length()) {
      throw new NotSimple();
    }
    String value = text.substring(at + 1, end);
    at = end + 1;
    return CelExpr.ofConstant(++ids, CelConstant.ofValue(value));
  }

  private CelExpr number() {
    int end = at;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    long value;
    try {
      value = Long.parseLong(text.substring(at, end));
    } catch (NumberFormatException e) {
      throw new NotSimple(); // too large: CEL says so
    }
    at = end;
    return CelExpr.ofConstant(++ids, CelConstant.ofValue(value));
  }

  private CelExpr name() {
    int end = at;
    while (end < text.length() && isNamePart(text.charAt(end))) {
      end++;
    }
    String name = text.substring(at, end);
    at = end;
    if (name.equals("true") || name.equals("false")) {
      return CelExpr.ofConstant(++ids, CelConstant.ofValue(name.equals("true")));
    }
    if (RESERVED.contains(name)) {
      throw new NotSimple();
    }
    return CelExpr.ofIdent(++ids, name);
  }

  private static boolean isNamePart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** CEL's white space. */
  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        at++;
      } else {
        return;
      }
    }
  }

  private boolean take(String token) {
    space();
    if (next(token)) {
      at += token.length();
      return true;
    }
    return false;
  }

  private boolean next(String token) {
    return text.startsWith(token, at);
  }
}
