package rbs.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import rbs.Location;
import rbs.Problem;

/**
 * One mapping of the programme file being read: typed access to its keys, each problem recorded
 * with the position of the key or value the user wrote, and unknown keys reported at the end.
 */
final class Section {

  private final YamlNode.Mapping mapping;
  private final String context;
  private final List<Problem> problems;
  private final Set<String> known = new LinkedHashSet<>();

  Section(YamlNode.Mapping mapping, String context, List<Problem> problems) {
    this.mapping = mapping;
    this.context = context;
    this.problems = problems;
  }

  /** A section for a node that should be a mapping; empty (with a problem) if it is not. */
  static Optional<Section> of(YamlNode node, String context, List<Problem> problems) {
    Optional<YamlNode.Mapping> mapping = node.asMapping();
    if (mapping.isPresent()) {
      return Optional.of(new Section(mapping.get(), context, problems));
    }
    problems.add(
        new Problem(
            node.location(), context + " must be a mapping (key: value), got " + node.describe()));
    return Optional.empty();
  }

  /** The same mapping, named differently in messages (once its id is known). */
  Section renamed(String newContext) {
    Section s = new Section(mapping, newContext, problems);
    s.known.addAll(known);
    return s;
  }

  List<Problem> problems() {
    return problems;
  }

  Location location() {
    return mapping.location();
  }

  String context() {
    return context;
  }

  boolean has(String key) {
    known.add(key);
    YamlNode n = mapping.values().get(key);
    return n != null && !n.isNull();
  }

  Optional<YamlNode> node(String key) {
    known.add(key);
    return Optional.ofNullable(mapping.values().get(key));
  }

  /** Where the key was written (or the mapping, when it is missing). */
  Location keyLocation(String key) {
    YamlNode.Key k = mapping.keys().get(key);
    return k == null ? mapping.location() : k.location();
  }

  Location valueLocation(String key) {
    YamlNode n = mapping.values().get(key);
    return n == null ? mapping.location() : n.location();
  }

  void problem(Location at, String message) {
    problems.add(new Problem(at, message));
  }

  /** A required text value; "" (with a problem) when missing. */
  String text(String key) {
    Optional<String> v = optionalText(key);
    if (v.isEmpty() && !mapping.values().containsKey(key)) {
      problem(mapping.location(), context + ": missing required key '" + key + "'");
    } else if (v.isEmpty()) {
      problem(valueLocation(key), context + ": '" + key + "' must not be empty");
    }
    return v.orElse("");
  }

  Optional<String> optionalText(String key) {
    return scalar(key, "text", s -> s);
  }

  String text(String key, String fallback) {
    return optionalText(key).orElse(fallback);
  }

  Optional<Integer> optionalInt(String key) {
    return scalar(
        key,
        "a whole number",
        s -> {
          try {
            return Integer.parseInt(s.trim());
          } catch (NumberFormatException e) {
            return null;
          }
        });
  }

  int integer(String key, int fallback) {
    return optionalInt(key).orElse(fallback);
  }

  Optional<BigDecimal> optionalDecimal(String key) {
    return scalar(
        key,
        "a number",
        s -> {
          try {
            return new BigDecimal(s.trim());
          } catch (NumberFormatException e) {
            return null;
          }
        });
  }

  Optional<Boolean> optionalBoolean(String key) {
    return scalar(
        key,
        "true or false",
        s -> {
          String l = s.trim().toLowerCase(Locale.ROOT);
          return l.equals("true") ? Boolean.TRUE : l.equals("false") ? Boolean.FALSE : null;
        });
  }

  boolean bool(String key, boolean fallback) {
    return optionalBoolean(key).orElse(fallback);
  }

  /** One of the words of an enumeration, by its key. */
  <E extends Enum<E>> Optional<E> optionalChoice(
      String key, Class<E> type, Function<E, String> word) {
    Optional<String> v = optionalText(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (word.apply(e).equalsIgnoreCase(v.get().trim())) {
        return Optional.of(e);
      }
    }
    List<String> words = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      words.add(word.apply(e));
    }
    problem(
        valueLocation(key),
        context
            + ": '"
            + key
            + "' must be one of "
            + String.join(", ", words)
            + ", got \""
            + v.get()
            + "\"");
    return Optional.empty();
  }

  /** A list of text values; a single value is taken as a list of one. */
  List<String> texts(String key) {
    Optional<YamlNode> n = node(key);
    List<String> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    for (YamlNode item : n.get().asList()) {
      Optional<String> text = item.plainText();
      if (text.isPresent()) {
        out.add(text.get());
      } else {
        problem(
            item.location(),
            context + ": '" + key + "' must list text values, got " + item.describe());
      }
    }
    return out;
  }

  /**
   * A list of words, each one of {@code allowed} (by {@code word}); empty when the key is absent. A
   * word not allowed is a problem at its own position.
   */
  <E extends Enum<E>> Optional<List<E>> choices(
      String key, List<E> allowed, Function<E, String> word) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    List<E> out = new ArrayList<>();
    for (YamlNode item : n.get().asList()) {
      Optional<E> found =
          item.plainText()
              .map(String::trim)
              .flatMap(
                  text ->
                      allowed.stream()
                          .filter(e -> word.apply(e).equalsIgnoreCase(text))
                          .findFirst());
      if (found.isPresent()) {
        if (!out.contains(found.get())) {
          out.add(found.get());
        }
      } else {
        List<String> words = new ArrayList<>();
        allowed.forEach(e -> words.add(word.apply(e)));
        problem(
            item.location(),
            context
                + ": '"
                + key
                + "' may list "
                + String.join(", ", words)
                + "; got "
                + item.describe());
      }
    }
    return Optional.of(out);
  }

  /** The items of a list value (none, with a problem, if it is not a list). */
  List<YamlNode> list(String key, boolean required) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty() || n.get().isNull()) {
      if (required) {
        problem(
            n.map(YamlNode::location).orElse(mapping.location()),
            context + ": missing required list '" + key + "'");
      }
      return List.of();
    }
    Optional<YamlNode.Sequence> sequence = n.get().asSequence();
    if (sequence.isPresent()) {
      return sequence.get().items();
    }
    problem(
        n.get().location(), context + ": '" + key + "' must be a list, got " + n.get().describe());
    return List.of();
  }

  /** A nested mapping. */
  Optional<Section> section(String key, String nestedContext) {
    return node(key).flatMap(n -> of(n, nestedContext, problems));
  }

  /** Reports every key not asked for. */
  void finish() {
    for (YamlNode.Key k : mapping.keys().values()) {
      if (!known.contains(k.name())) {
        problem(
            k.location(),
            "unknown key '"
                + k.name()
                + "' in "
                + context
                + " (expected one of: "
                + String.join(", ", known)
                + ")");
      }
    }
  }

  private <T> Optional<T> scalar(String key, String expected, Function<String, T> parse) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Optional<YamlNode.Scalar> scalar = n.get().asScalar();
    if (scalar.isEmpty()) {
      problem(
          n.get().location(),
          context + ": '" + key + "' must be " + expected + ", got " + n.get().describe());
      return Optional.empty();
    }
    YamlNode.Scalar s = scalar.get();
    if (s.isNull()) {
      return Optional.empty();
    }
    T value = parse.apply(s.text());
    if (value == null) {
      problem(
          s.location(),
          context + ": '" + key + "' must be " + expected + ", got \"" + s.text() + "\"");
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
