package rbs.definition;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.DerivedColumns;
import rbs.model.FileFormat;
import rbs.model.Periodicity;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;

/** Reads the {@code sources} list: where each source's extracts are and how to read them. */
final class SourcesReader {

  private SourcesReader() {}

  /**
   * @param boundary why a source's path may not be read (see {@link DataPaths}), empty if it may
   */
  static List<Source> read(
      Section root,
      RejectLimit defaultLimit,
      boolean hasDistricts,
      Function<String, Optional<String>> boundary) {
    List<Source> sources = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlNode node : root.list("sources", true)) {
      Section.of(node, "source", problems(root))
          .flatMap(s -> source(s, defaultLimit, hasDistricts, boundary))
          .ifPresent(
              s -> {
                Integer earlier = firstLine.putIfAbsent(s.name(), node.location().line());
                if (earlier != null) {
                  root.problem(
                      node.location(),
                      "duplicate source name '" + s.name() + "' (first at line " + earlier + ")");
                } else {
                  sources.add(s);
                }
              });
    }
    return sources;
  }

  private static List<rbs.Problem> problems(Section s) {
    return s.problems();
  }

  private static Optional<Source> source(
      Section s,
      RejectLimit defaultLimit,
      boolean hasDistricts,
      Function<String, Optional<String>> boundary) {
    String name = s.text("name");
    Section self = s.renamed("source '" + name + "'");
    String description = self.text("description", "");
    String path = self.text("path");
    if (!path.isEmpty()) {
      boundary
          .apply(path)
          .ifPresent(m -> self.problem(self.valueLocation("path"), self.context() + ": " + m));
    }
    Optional<FileFormat.Kind> format =
        self.optionalChoice("format", FileFormat.Kind.class, FileFormat.Kind::key);
    Optional<String> encoding = self.optionalText("encoding");
    encoding.ifPresent(
        e -> {
          if (!isCharset(e)) {
            self.problem(
                self.valueLocation("encoding"),
                self.context() + ": unknown encoding '" + e + "' (use UTF-8 or windows-1252)");
          }
        });
    Optional<Character> delimiter = delimiter(self);
    SheetSelection sheets = sheets(self);
    int headerRow = self.integer("header_row", 1);
    if (headerRow < 1) {
      self.problem(self.valueLocation("header_row"), self.context() + ": 'header_row' starts at 1");
      headerRow = 1;
    }
    List<Column> columns = columns(self);
    Optional<String> district = self.optionalText("district");
    if (district.isEmpty() && hasDistricts) {
      self.problem(
          self.location(),
          self.context() + ": missing key 'district' (the column that names each row's district)");
    }
    district.ifPresent(d -> checkColumn(self, "district", d, columns, ColumnType.DISTRICT));
    String date = self.text("date");
    if (!date.isEmpty()) {
      checkColumn(self, "date", date, columns, ColumnType.DATE);
    }
    Optional<String> person = self.optionalText("person");
    person.ifPresent(p -> checkColumn(self, "person", p, columns, ColumnType.PERSON_ID));
    DerivedColumns derived = derived(self, columns, person.isPresent());
    boolean optional = self.bool("optional", false);
    boolean monthly = self.bool("monthly", false);
    Periodicity periodicity =
        self.section("measured", self.context() + " measured")
            .map(SourcesReader::periodicity)
            .orElse(Periodicity.yearly());
    RejectLimit limit =
        self.section("reject_limit", self.context() + " reject_limit")
            .map(r -> rejectLimit(r, defaultLimit))
            .orElse(defaultLimit);
    self.finish();
    try {
      return Optional.of(
          new Source(
              name,
              description,
              path,
              format,
              encoding,
              delimiter,
              sheets,
              headerRow,
              columns,
              district,
              date,
              person,
              optional,
              monthly,
              limit,
              periodicity,
              derived));
    } catch (IllegalArgumentException | NullPointerException e) {
      self.problem(self.location(), self.context() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  static RejectLimit rejectLimit(Section r, RejectLimit fallback) {
    Optional<Integer> rows = r.optionalInt("max_rows");
    Optional<BigDecimal> share = r.optionalDecimal("max_share");
    share.ifPresent(
        v -> {
          if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            r.problem(
                r.valueLocation("max_share"),
                r.context() + ": 'max_share' is a fraction between 0 and 1 (0.05 = 5 %), got " + v);
          }
        });
    r.finish();
    if (rows.isEmpty() && share.isEmpty()) {
      return fallback;
    }
    return new RejectLimit(rows.map(Integer::longValue), share);
  }

  /**
   * {@code sheet}: a position ({@code 2}), a name, {@code "*"} for every sheet, or a list of names.
   */
  private static SheetSelection sheets(Section self) {
    Optional<YamlNode> node = self.node("sheet");
    if (node.isEmpty() || node.get().isNull()) {
      return SheetSelection.FIRST;
    }
    if (node.get().asSequence().isPresent()) {
      List<String> names = self.texts("sheet");
      if (names.isEmpty()) {
        self.problem(self.valueLocation("sheet"), self.context() + ": 'sheet' lists no sheet");
        return SheetSelection.FIRST;
      }
      return new SheetSelection.Names(names);
    }
    String sheet = self.optionalText("sheet").orElse("").trim();
    if (sheet.equals("*")) {
      return new SheetSelection.Every();
    }
    if (sheet.matches("[0-9]+")) {
      int index = Integer.parseInt(sheet);
      if (index < 1) {
        self.problem(self.valueLocation("sheet"), self.context() + ": sheet numbers start at 1");
        return SheetSelection.FIRST;
      }
      return new SheetSelection.Position(index);
    }
    if (sheet.isEmpty()) {
      self.problem(self.valueLocation("sheet"), self.context() + ": 'sheet' is empty");
      return SheetSelection.FIRST;
    }
    return new SheetSelection.Names(List.of(sheet));
  }

  private static Optional<Character> delimiter(Section s) {
    Optional<String> d = s.optionalText("delimiter");
    if (d.isEmpty()) {
      return Optional.empty();
    }
    String v = d.get();
    if (v.equals("\t") || v.equalsIgnoreCase("tab") || v.equals("\\t")) {
      return Optional.of('\t');
    }
    if (v.length() == 1 && (v.equals(";") || v.equals(",") || v.equals("|"))) {
      return Optional.of(v.charAt(0));
    }
    s.problem(
        s.valueLocation("delimiter"),
        s.context() + ": 'delimiter' must be \";\", \",\", \"|\" or tab, got \"" + v + "\"");
    return Optional.empty();
  }

  private static List<Column> columns(Section s) {
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlNode node : s.list("columns", true)) {
      Optional<Section> c = Section.of(node, s.context() + " column", s.problems());
      if (c.isEmpty()) {
        continue;
      }
      String name = c.get().text("name");
      Section col = c.get().renamed(s.context() + " column '" + name + "'");
      Optional<ColumnType> type = col.optionalChoice("type", ColumnType.class, ColumnType::key);
      if (!col.has("type")) {
        col.problem(col.location(), col.context() + ": missing required key 'type'");
      }
      List<String> headers = col.texts("headers");
      Optional<String> pattern = col.optionalText("pattern");
      pattern.ifPresent(
          p -> {
            try {
              // parsed only to check it here; the readers in rbs.source build their own
              var unused = java.time.format.DateTimeFormatter.ofPattern(p);
            } catch (IllegalArgumentException e) {
              col.problem(
                  col.valueLocation("pattern"),
                  col.context() + ": 'pattern' is not a date pattern: " + e.getMessage());
            }
          });
      boolean required = col.bool("required", true);
      col.finish();
      if (name.isEmpty() || type.isEmpty()) {
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(name, node.location().line());
      if (earlier != null) {
        col.problem(
            node.location(),
            s.context() + ": duplicate column '" + name + "' (first at line " + earlier + ")");
        continue;
      }
      columns.add(
          new Column(
              name, type.get(), headers.isEmpty() ? List.of(name) : headers, pattern, required));
    }
    return columns;
  }

  private static final java.util.regex.Pattern NAME =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * {@code derive: {sex: kon, age: alder}}: columns derived from the person column; each name is a
   * new one a filter can use, not a declared column.
   */
  private static DerivedColumns derived(Section self, List<Column> columns, boolean hasPerson) {
    Optional<Section> d = self.section("derive", self.context() + " derive");
    if (d.isEmpty()) {
      return DerivedColumns.NONE;
    }
    Section s = d.get();
    Optional<String> sex = derivedName(s, "sex", columns, Optional.empty());
    Optional<String> age = derivedName(s, "age", columns, sex);
    s.finish();
    if (!hasPerson && (sex.isPresent() || age.isPresent())) {
      self.problem(
          self.keyLocation("derive"),
          self.context()
              + ": 'derive' needs 'person' (the column the sex and age are derived from)");
      return DerivedColumns.NONE;
    }
    return new DerivedColumns(sex, age);
  }

  private static Optional<String> derivedName(
      Section s, String key, List<Column> columns, Optional<String> other) {
    Optional<String> name = s.optionalText(key).map(String::strip);
    if (name.isEmpty()) {
      return name;
    }
    String n = name.get();
    String problem;
    if (!NAME.matcher(n).matches()) {
      problem = "'" + n + "' is not a column name (letters, digits and '_', not first a digit)";
    } else if (columns.stream().anyMatch(c -> c.name().equals(n))) {
      problem = "'" + n + "' is a declared column; a derived column needs a name of its own";
    } else if (other.equals(name)) {
      problem = "'" + n + "' already names the derived sex";
    } else {
      return name;
    }
    s.problem(s.valueLocation(key), s.context() + ": '" + key + "': " + problem);
    return Optional.empty();
  }

  private static void checkColumn(
      Section s, String key, String column, List<Column> columns, ColumnType type) {
    Optional<Column> c = columns.stream().filter(x -> x.name().equals(column)).findFirst();
    if (c.isEmpty()) {
      s.problem(
          s.valueLocation(key),
          s.context()
              + ": '"
              + key
              + "' names unknown column '"
              + column
              + "' (columns: "
              + String.join(", ", columns.stream().map(Column::name).toList())
              + ")");
    } else if (c.get().type() != type) {
      s.problem(
          s.valueLocation(key),
          s.context()
              + ": '"
              + key
              + "' column '"
              + column
              + "' must have type "
              + type.key()
              + ", not "
              + c.get().type().key());
    }
  }

  private static boolean isCharset(String name) {
    try {
      return Charset.isSupported(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@code measured: {every: 2, from: 2012}}: a source measured every second year. */
  private static Periodicity periodicity(Section s) {
    int every = s.integer("every", 1);
    Optional<Integer> from = s.optionalInt("from");
    if (every < 1) {
      s.problem(
          s.valueLocation("every"), s.context() + ": 'every' must be at least 1, got " + every);
      every = 1;
    }
    if (every > 1 && from.isEmpty() && !s.has("from")) {
      s.problem(s.location(), s.context() + ": 'from' must name a year with a measurement");
    }
    s.finish();
    return new Periodicity(every, from.orElse(0));
  }
}
