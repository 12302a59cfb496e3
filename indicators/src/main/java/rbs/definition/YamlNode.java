package rbs.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rbs.Location;

/** A YAML value with the place it was written, so every problem can point at it. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  Location location();

  /** What kind of value this is, for messages ("a list", "a mapping", "a number"). */
  String describe();

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
  }
}
