package rbs.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import rbs.InputException;
import rbs.Location;
import rbs.model.DisclosureSummary;
import rbs.model.InputFile;
import rbs.model.MissingData;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.PublicationLevels;
import rbs.model.RejectSummary;
import rbs.model.Results;
import rbs.model.Revision;
import rbs.model.SafeText;

/**
 * Writes manifest.json: what a run read and produced (tool version, programme and inputs with
 * SHA-256, row counts, missing districts per period, rejects), with sorted keys and lists so the
 * same inputs give the same bytes; timings are kept apart in "timings".
 */
public final class ManifestJson {

  /**
   * The baseline year (utgångsläge) of each indicator that has one before the report's year: its
   * outcomes are the {@code year} rows of that year in results.csv.
   */
  private static java.util.Optional<Map<String, Object>> baseline(Results results) {
    return results
        .programme()
        .baseline()
        .map(
            b -> {
              Map<String, Object> byIndicator = new TreeMap<>();
              results
                  .programme()
                  .indicators()
                  .filter(i -> b.yearOf(i.id()) < results.period().year())
                  .forEach(i -> byIndicator.put(i.id(), b.yearOf(i.id())));
              Map<String, Object> out = new TreeMap<>();
              out.put("year", b.year());
              out.put("indicators", byIndicator);
              return out;
            });
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  /**
   * Writes the manifest of a run to {@code file}.
   *
   * @throws InputException UNAVAILABLE when the file cannot be written
   */
  public static void write(Results results, ManifestInfo info, Path file) {
    try {
      Files.write(file, (text(results, info) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(file.toString()), "cannot write the manifest", e);
    }
  }

  /** The manifest as text (no trailing newline). */
  public static String text(Results results, ManifestInfo info) {
    Map<String, Object> m = new TreeMap<>();
    m.put("tool", Map.of("name", "rbs", "version", info.toolVersion()));
    m.put(
        "programme",
        Map.of(
            "id", results.programme().id(),
            "file", info.programmeFile(),
            "sha256", info.programmeSha256()));
    m.put("period", results.period().toString());
    m.put("as_of", results.asOf().toString());
    m.put("mode", results.publication().published() ? "publish" : "internal");
    if (results.publication().published()) {
      m.put("disclosure", disclosure(results));
    }
    m.put("inputs", inputs(results.inputs()));
    // the targets table and the units' comment forms change what the report says too
    List<Map<String, Object>> also = new ArrayList<>();
    for (ManifestInfo.ReadFile f : info.read()) {
      Map<String, Object> e = new TreeMap<>();
      e.put("role", f.role());
      e.put("file", f.file());
      e.put("sha256", f.sha256());
      also.add(e);
    }
    m.put("other_inputs", also);
    m.put("rows", rows(results.inputs()));
    m.put("missing", missing(results));
    m.put("rejects", rejects(results.rejects()));
    m.put("outcomes", results.outcomes().size());
    baseline(results).ifPresent(b -> m.put("baseline", b));
    m.put("timings", new TreeMap<>(info.timingsMillis()));
    m.put("validation", validation(results, info));
    info.stratsys()
        .ifPresent(
            e -> {
              Map<String, Object> x = new TreeMap<>();
              x.put("file", e.file());
              x.put("lines", e.lines());
              x.put("withheld_left_out", e.withheld());
              x.put("missing_left_out", e.missing());
              m.put("export_stratsys", x);
            });
    try {
      // the pretty printer uses the platform's line separator; the file must not depend on it
      return JSON.writeValueAsString(safe(m)).replace(System.lineSeparator(), "\n");
    } catch (IOException e) {
      throw new IllegalStateException("manifest values are plain", e);
    }
  }

  /**
   * Every text of the manifest through {@link SafeText} (file names, sources, columns and reasons
   * come from the input), except the SHA-256 digests, which are ours and must stay exact.
   */
  private static Object safe(Object value) {
    if (value instanceof String string) {
      return SafeText.mask(string);
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(safe(v)));
      return out;
    }
    if (value instanceof Map) {
      Map<String, Object> out = new TreeMap<>();
      ((Map<?, ?>) value)
          .forEach(
              (k, v) -> out.put(SafeText.mask(k.toString()), "sha256".equals(k) ? v : safe(v)));
      return out;
    }
    return value;
  }

  /**
   * The validation rules the data break: how many, and in an internal report which unit and period
   * (a published report's manifest says only how many: a broken rule tells how withheld numbers
   * compare).
   */
  private static Map<String, Object> validation(Results results, ManifestInfo info) {
    Map<String, Object> v = new TreeMap<>();
    v.put("violations", info.violations().size());
    if (!results.publication().published()) {
      List<Map<String, Object>> broken = new ArrayList<>();
      for (rbs.model.Violation x : info.violations()) {
        Map<String, Object> e = new TreeMap<>();
        e.put("rule", x.rule());
        e.put("expression", x.expression());
        e.put("unit", x.unit().name());
        e.put("period", x.period().label());
        broken.add(e);
      }
      v.put("broken", broken);
    }
    return v;
  }

  private static List<Map<String, Object>> inputs(List<InputFile> files) {
    List<Map<String, Object>> out = new ArrayList<>();
    files.stream()
        .sorted(Comparator.comparing(InputFile::source).thenComparing(InputFile::path))
        .forEach(
            f -> {
              Map<String, Object> e = new TreeMap<>();
              e.put("source", f.source());
              e.put("path", f.path());
              e.put("sha256", f.sha256());
              e.put("rows_read", f.rowsRead());
              e.put("rows_used", f.rowsUsed());
              e.put("rows_rejected", f.rowsRejected());
              e.put("totals_rows_skipped", f.totalsRows());
              out.add(e);
            });
    return out;
  }

  /** What disclosure control did: the published levels, the cells withheld and why. */
  private static Map<String, Object> disclosure(Results results) {
    DisclosureSummary s = results.publication().summary();
    PublicationLevels levels = results.publication().levels();
    Map<String, Object> m = new TreeMap<>();
    m.put("threshold", results.programme().disclosureThreshold());
    Map<String, Object> shown = new TreeMap<>();
    shown.put("municipality", kinds(levels.whole()));
    shown.put("districts", kinds(levels.districts()));
    if (!results.programme().groups().isEmpty()) {
      shown.put("groups", kinds(levels.groups()));
    }
    m.put("levels", shown);
    m.put("cells", s.cells());
    m.put("withheld", s.withheld());
    m.put("primary", s.primary());
    m.put("complements", s.complements());
    m.put("unpublished_outcomes", s.unpublished());
    m.put("shown_of_unprotected", Math.round(s.shownShare() * 10000) / 10000.0);
    m.put("municipality_above_month", s.wholeAboveMonth());
    m.put("municipality_above_month_withheld", s.wholeAboveMonthWithheld());
    List<Map<String, String>> revisions = new ArrayList<>();
    for (Revision r : results.publication().revisions()) {
      Map<String, String> e = new TreeMap<>();
      e.put("indicator", r.indicatorId());
      e.put("district", r.unit());
      e.put("period", r.period().label());
      e.put("publication", r.publication());
      e.put("before", r.before());
      e.put("now", r.now());
      revisions.add(e);
    }
    m.put("revisions", revisions);
    m.put("unprotected", results.publication().unprotected());
    return m;
  }

  private static List<String> kinds(java.util.Set<PeriodKind> kinds) {
    return kinds.stream().sorted().map(PeriodKind::key).toList();
  }

  private static Map<String, Long> rows(List<InputFile> files) {
    Map<String, Long> m = new TreeMap<>();
    m.put("read", files.stream().mapToLong(InputFile::rowsRead).sum());
    m.put("used", files.stream().mapToLong(InputFile::rowsUsed).sum());
    m.put("rejected", files.stream().mapToLong(InputFile::rowsRejected).sum());
    m.put("totals_skipped", files.stream().mapToLong(f -> f.totalsRows().size()).sum());
    return m;
  }

  /** Per period of the results (by label): the districts with a missing month in it, sorted. */
  private static Map<String, Object> missing(Results results) {
    TreeSet<Period> periods = new TreeSet<>();
    for (Outcome o : results.outcomes()) {
      periods.add(o.period());
    }
    Map<String, Object> byPeriod = new TreeMap<>();
    for (Period p : periods) {
      TreeSet<String> districts = new TreeSet<>();
      for (MissingData md : results.missing()) {
        if (p.contains(md.month())) {
          districts.add(md.district());
        }
      }
      if (!districts.isEmpty()) {
        byPeriod.put(p.label(), List.copyOf(districts));
      }
    }
    List<Map<String, String>> months = new ArrayList<>();
    results.missing().stream()
        .sorted()
        .forEach(
            md ->
                months.add(
                    Map.of(
                        "source", md.source(),
                        "district", md.district(),
                        "month", md.month().toString())));
    Map<String, Object> m = new TreeMap<>();
    m.put("by_period", byPeriod);
    m.put("months", months);
    return m;
  }

  /** Per source, column and reason, summed over the files (rejects.csv names the files). */
  private static List<Map<String, Object>> rejects(List<RejectSummary> rejects) {
    Map<List<String>, Long> sums = new TreeMap<>(ManifestJson::compareKeys);
    for (RejectSummary r : rejects) {
      sums.merge(List.of(r.source(), r.column(), r.reason()), r.rows(), Long::sum);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    sums.forEach(
        (k, n) -> {
          Map<String, Object> e = new TreeMap<>();
          e.put("source", k.get(0));
          e.put("column", k.get(1));
          e.put("reason", k.get(2));
          e.put("rows", n);
          out.add(e);
        });
    return out;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * SHA-256 of a file's bytes, lower-case hex.
   *
   * @throws InputException UNAVAILABLE when the file cannot be read
   */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw InputException.unavailable(Location.of(file.toString()), "cannot read", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
