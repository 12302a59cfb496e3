package rbs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.FileFormat;
import rbs.model.Indicator;
import rbs.model.Programme;
import rbs.model.Target;

/**
 * Reads a programme's table of targets ({@code targets_file}: CSV or xlsx with the columns
 * indicator, unit, year, tertial, value), as strictly as an extract: an unknown indicator or unit,
 * a year, tertial or value that is no number, a target given twice (in the table, or in the table
 * and the programme file) are problems at {@code file:row:column}, all of them in one run.
 */
public final class TargetTable {

  /** The columns, each with the header names it is found by (any case). */
  private enum Col {
    INDICATOR(true, "indicator", "indikator"),
    UNIT(true, "unit", "enhet", "district", "stadsdel"),
    YEAR(true, "year", "år", "ar"),
    TERTIAL(false, "tertial"),
    VALUE(true, "value", "värde", "varde", "target", "mål", "mal");

    final boolean required;
    // the names joined by '|': an enum's fields are immutable
    private final String names;

    Col(boolean required, String... names) {
      this.required = required;
      this.names = String.join("|", names);
    }

    List<String> names() {
      return List.of(names.split("\\|"));
    }
  }

  /** What a target is about: two targets with the same key contradict each other. */
  private record Key(String indicator, Optional<String> district, int year, Optional<Integer> t) {
    // written out, as on Period (why there): looked up for every target
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && year == k.year
          && indicator.equals(k.indicator)
          && district.equals(k.district)
          && t.equals(k.t);
    }

    @Override
    public int hashCode() {
      return ((31 * indicator.hashCode() + district.hashCode()) * 31 + year) * 31 + t.hashCode();
    }
  }

  private final Programme programme;
  private final String shown;
  private final List<Problem> problems = new ArrayList<>();

  // made once per table, not per row: normalising a name runs regexes
  private final DistrictNames districtNames;
  private final String municipalityKey;
  // a table names a handful of units on many rows
  private final Map<String, Optional<UnitName>> units = new HashMap<>();

  private TargetTable(Programme programme, String shown) {
    this.programme = programme;
    this.shown = shown;
    this.districtNames = new DistrictNames(programme.districts());
    this.municipalityKey = DistrictNames.key(programme.municipality());
  }

  /**
   * The programme with its table's targets added; the programme itself when it names no table.
   *
   * @throws InputException INVALID listing every problem of the table, UNAVAILABLE when it cannot
   *     be read
   */
  public static Programme apply(Programme programme) {
    if (programme.targetsFile().isEmpty()) {
      return programme;
    }
    String shown = programme.targetsFile().get();
    return programme.withTargets(new TargetTable(programme, shown).read());
  }

  private Map<String, List<Target>> read() {
    Path file = programme.baseDir().resolve(shown);
    Map<String, List<Target>> targets = new LinkedHashMap<>();
    try (Table table = open(file)) {
      Map<Col, Integer> at = columns(table);
      if (!problems.isEmpty()) {
        throw InputException.invalid(problems);
      }
      Map<Key, Long> seen = new HashMap<>();
      Map<Key, Boolean> inYaml = declared();
      while (table.next()) {
        row(table, at, seen, inYaml)
            .ifPresent(t -> targets.computeIfAbsent(t.id, k -> new ArrayList<>()).add(t.target));
      }
    } catch (NoSuchFileException e) {
      throw InputException.unavailable(Location.of(shown), "file not found");
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw InputException.unavailable(
          Location.of(shown), "cannot be read: " + InputException.reason(io));
    }
    if (!problems.isEmpty()) {
      throw InputException.invalid(problems);
    }
    return targets;
  }

  private Table open(Path file) throws IOException {
    Optional<FileFormat.Kind> kind = FileFormat.kindOf(file.getFileName().toString());
    if (kind.isEmpty() || kind.get() == FileFormat.Kind.XLS) {
      throw InputException.invalid(
          Location.of(shown), "a targets table is a .csv or an .xlsx file");
    }
    if (kind.get() == FileFormat.Kind.CSV) {
      return CsvTable.open(
          file,
          shown,
          new FileFormat.Csv(Optional.empty(), Optional.empty()),
          scan(),
          new Digest());
    }
    return XlsxTable.open(file, shown, Optional.empty(), 1);
  }

  /**
   * The header is the first row (from row 1, below any title rows) naming every required column.
   */
  private static HeaderSearch.Scan scan() {
    int required = (int) java.util.Arrays.stream(Col.values()).filter(c -> c.required).count();
    return new HeaderSearch.Scan(
        cells -> {
          int n = 0;
          for (Col c : Col.values()) {
            if (c.required
                && cells.stream()
                    .anyMatch(
                        x -> x != null && c.names().contains(x.strip().toLowerCase(Locale.ROOT)))) {
              n++;
            }
          }
          return n;
        },
        required,
        1);
  }

  /** The position of each column in the header; a required one missing is a problem. */
  private Map<Col, Integer> columns(Table table) throws IOException {
    HeaderSearch search = table.header(scan());
    List<String> header = search.cells();
    Map<Col, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
      for (Col c : Col.values()) {
        if (c.names().contains(name)) {
          Integer earlier = at.putIfAbsent(c, i);
          if (earlier != null) {
            problem(
                search.row(),
                i,
                "the column '" + c.names().get(0) + "' occurs twice (also " + (earlier + 1) + ")");
          }
        }
      }
    }
    for (Col c : Col.values()) {
      if (c.required && !at.containsKey(c)) {
        problems.add(
            new Problem(
                Location.of(shown, (int) search.row()),
                "missing column '"
                    + c.names().get(0)
                    + "' (the header needs indicator, unit, year, value and may have tertial)"));
      }
    }
    return at;
  }

  /** The programme file's own targets, by what they are about. */
  private Map<Key, Boolean> declared() {
    Map<Key, Boolean> keys = new HashMap<>();
    programme
        .indicators()
        .forEach(
            i ->
                i.targets()
                    .forEach(
                        t ->
                            keys.put(
                                new Key(i.id(), t.district(), t.year(), t.tertial()),
                                Boolean.TRUE)));
    return keys;
  }

  private record Read(String id, Target target) {}

  private Optional<Read> row(
      Table table, Map<Col, Integer> at, Map<Key, Long> seen, Map<Key, Boolean> inYaml) {
    long line = table.rowNumber();
    int before = problems.size();
    String id = text(table, at.get(Col.INDICATOR));
    Optional<Indicator> indicator = programme.indicator(id);
    if (indicator.isEmpty()) {
      problem(line, at.get(Col.INDICATOR), "unknown indicator '" + id + "'");
    }
    String unitText = text(table, at.get(Col.UNIT));
    Optional<UnitName> district = unit(unitText);
    if (district.isEmpty()) {
      problem(
          line,
          at.get(Col.UNIT),
          "unknown unit '"
              + unitText
              + "': name a district (or an alias) or the municipality '"
              + programme.municipality()
              + "'");
    }
    Optional<Integer> year = whole(table, line, at.get(Col.YEAR), "year", 1900, 2100, true);
    Optional<Integer> tertial =
        at.containsKey(Col.TERTIAL)
            ? whole(table, line, at.get(Col.TERTIAL), "tertial", 1, 3, false)
            : Optional.empty();
    Optional<BigDecimal> value = number(table, line, at.get(Col.VALUE));
    if (problems.size() > before || year.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    Key key = new Key(id, district.get().district(), year.get(), tertial);
    Long earlier = seen.putIfAbsent(key, line);
    if (earlier != null) {
      problem(line, -1, "the same target as at row " + earlier + " (" + describe(key) + ")");
      return Optional.empty();
    }
    if (inYaml.containsKey(key)) {
      problem(
          line,
          -1,
          "this target ("
              + describe(key)
              + ") is also in the programme file: give each target in one place");
      return Optional.empty();
    }
    return Optional.of(
        new Read(id, new Target(year.get(), district.get().district(), tertial, value.get())));
  }

  private String describe(Key k) {
    return k.indicator()
        + ", "
        + k.district().orElse(programme.municipality())
        + ", "
        + k.year()
        + k.t().map(t -> " tertial " + t).orElse("");
  }

  /**
   * The district a unit's name means (declared name), or no district for the municipality; empty
   * when it names neither.
   */
  private Optional<UnitName> unit(String text) {
    return units.computeIfAbsent(text, this::unitNamed);
  }

  private Optional<UnitName> unitNamed(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (DistrictNames.key(text).equals(municipalityKey)) {
      return Optional.of(new UnitName(Optional.empty()));
    }
    return districtNames
        .find(text)
        .map(i -> new UnitName(Optional.of(programme.districts().get(i).name())));
  }

  /** A unit named in the table: a district's declared name, or none for the municipality. */
  private record UnitName(Optional<String> district) {}

  private static String text(Table table, int column) {
    Object cell = table.cell(column);
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal n) {
      return n.stripTrailingZeros().toPlainString();
    }
    return cell.toString().strip();
  }

  private Optional<Integer> whole(
      Table table, long line, int column, String what, int min, int max, boolean required) {
    String text = text(table, column);
    if (text.isEmpty()) {
      if (required) {
        problem(line, column, "empty " + what);
      }
      return Optional.empty();
    }
    try {
      long n = Values.integer(text);
      if (n < min || n > max) {
        problem(line, column, what + " must be " + min + " to " + max + ", got " + n);
        return Optional.empty();
      }
      return Optional.of((int) n);
    } catch (BadValue e) {
      problem(line, column, what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<BigDecimal> number(Table table, long line, int column) {
    String text = text(table, column);
    if (text.isEmpty()) {
      problem(line, column, "empty value");
      return Optional.empty();
    }
    try {
      return Optional.of(Values.decimal(text));
    } catch (BadValue e) {
      problem(line, column, "value: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A problem at a row and a 0-based column (-1: the whole row). */
  private void problem(long line, int column, String message) {
    problems.add(new Problem(Location.of(shown, (int) line, column + 1), message));
  }
}
