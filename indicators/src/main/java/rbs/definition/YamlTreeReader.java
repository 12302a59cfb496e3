package rbs.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;

/**
 * Reads YAML safely into a tree of {@link YamlNode}s that remember their line and column: no types
 * instantiated, no anchors or aliases (so no alias bombs), size and depth limits, duplicate keys
 * reported.
 */
final class YamlTreeReader {

  /** A programme is a few hundred lines; anything near this is not a programme. */
  static final int MAX_CODE_POINTS = 2_000_000;

  static final int MAX_DEPTH = 40;

  /** The longest text value: a vision or description is a paragraph, not a book. */
  static final int MAX_SCALAR = 10_000;

  private final String file;
  private final List<Problem> problems;

  YamlTreeReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The document's root, or fails with the syntax error's position. */
  YamlNode read(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowDuplicateKeys(true); // reported by us, with both positions
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    try (YAMLParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw InputException.invalid(Location.of(file, 1, 1), "the programme file is empty");
      }
      YamlNode root = node(parser, 0);
      if (parser.nextToken() != null) {
        problems.add(
            new Problem(where(parser.currentTokenLocation()), "only one YAML document is allowed"));
      }
      return root;
    } catch (JsonProcessingException e) {
      if (rootCause(e) instanceof CharacterCodingException) {
        throw ProgrammeReader.notText(file);
      }
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      throw InputException.invalid(
          at == null ? Location.of(file) : where(at), "not valid YAML: " + firstLine(message));
    } catch (IOException e) {
      if (rootCause(e) instanceof CharacterCodingException) {
        throw ProgrammeReader.notText(file);
      }
      throw InputException.unavailable(Location.of(file), "cannot be read", e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private YamlNode node(YAMLParser p, int depth) throws IOException {
    Location at = where(p.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw InputException.invalid(at, "nested too deeply (more than " + MAX_DEPTH + " levels)");
    }
    if (p.isCurrentAlias() || p.getObjectId() != null) {
      problems.add(new Problem(at, "YAML anchors and aliases (& and *) are not supported"));
    }
    String tag = p.getTypeId();
    if (tag != null) {
      problems.add(new Problem(at, "YAML tags such as '" + tag + "' are not supported"));
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
      Map<String, YamlNode> values = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Location keyAt = where(p.currentTokenLocation());
        p.nextToken();
        YamlNode value = node(p, depth + 1);
        YamlNode.Key earlier = keys.get(name);
        if (earlier != null) {
          problems.add(
              new Problem(
                  keyAt,
                  "duplicate key '"
                      + name
                      + "' (first at line "
                      + earlier.location().line()
                      + ")"));
        } else {
          keys.put(name, new YamlNode.Key(name, keyAt));
          values.put(name, value);
        }
      }
      return new YamlNode.Mapping(keys, values, at);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, depth + 1));
      }
      return new YamlNode.Sequence(items, at);
    }
    boolean isNull = t == JsonToken.VALUE_NULL;
    String text = isNull ? "" : p.getText();
    if (text.length() > MAX_SCALAR) {
      problems.add(
          new Problem(
              at,
              String.format("a value longer than %,d characters (is it complete?)", MAX_SCALAR)));
      text = text.substring(0, MAX_SCALAR);
    }
    return new YamlNode.Scalar(text, isNull, at);
  }

  private Location where(JsonLocation l) {
    return Location.of(file, l.getLineNr(), l.getColumnNr());
  }

  private static String firstLine(String message) {
    int nl = message == null ? -1 : message.indexOf('\n');
    return message == null ? "syntax error" : nl < 0 ? message : message.substring(0, nl);
  }
}
