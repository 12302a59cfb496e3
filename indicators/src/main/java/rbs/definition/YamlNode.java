package rbs.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rbs.Location;

/** A YAML value with the place it was written, so every problem can point at it. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  Location location();

  /** What kind of value this is, for messages ("a list", "a mapping", "a number"). */
  String describe();

  /** Whether the value is written as nothing, {@code ~} or {@code null}. */
  default boolean isNull() {
    return false;
  }

  /** This node as a plain value, if it is one. */
  default Optional<Scalar> asScalar() {
    return Optional.empty();
  }

  /** This node as a mapping, if it is one. */
  default Optional<Mapping> asMapping() {
    return Optional.empty();
  }

  /** This node as a list, if it is one. */
  default Optional<Sequence> asSequence() {
    return Optional.empty();
  }

  /** The items of a list; any other value is taken as a list of one. */
  default List<YamlNode> asList() {
    return asSequence().map(Sequence::items).orElse(List.of(this));
  }

  /** The text of a plain value written as something (not as nothing). */
  default Optional<String> plainText() {
    return asScalar().filter(s -> !s.isNull()).map(Scalar::text);
  }

  /**
   * A plain value.
   *
   * @param isNull written as nothing, {@code ~} or {@code null}
   */
  record Scalar(String text, boolean isNull, Location location) implements YamlNode {
    @Override
    public String describe() {
      return isNull ? "nothing" : "\"" + text + "\"";
    }

    @Override
    public Optional<Scalar> asScalar() {
      return Optional.of(this);
    }
  }

  /** A key of a mapping and where it was written. */
  record Key(String name, Location location) {}

  /** Keys to values, in the order written. */
  record Mapping(Map<String, Key> keys, Map<String, YamlNode> values, Location location)
      implements YamlNode {
    public Mapping {
      keys = new LinkedHashMap<>(keys);
      values = new LinkedHashMap<>(values);
    }

    @Override
    public String describe() {
      return "a mapping (key: value)";
    }

    @Override
    public Optional<Mapping> asMapping() {
      return Optional.of(this);
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, Location location) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }

    @Override
    public Optional<Sequence> asSequence() {
      return Optional.of(this);
    }
  }
}
