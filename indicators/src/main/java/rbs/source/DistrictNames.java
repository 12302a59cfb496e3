package rbs.source;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import rbs.model.District;

/**
 * Maps the district spellings of extracts to the programme's districts: declared names and aliases,
 * compared without case, diacritics, hyphens, slashes, extra spaces or an "sdf" /
 * "stadsdelsförvaltning" / "stadsdelsnämnd" suffix. A code (an alias of digits only) matches with
 * or without leading zeros.
 */
final class DistrictNames {

  private static final String[] SUFFIXES = {" sdf", " stadsdelsforvaltning", " stadsdelsnamnd"};

  /** Spellings already looked up; extracts use a handful, so this stays small. */
  private static final int MAX_CACHED = 10_000;

  private final Map<String, Integer> byKey = new HashMap<>();
  private final Map<String, Optional<Integer>> seen = new ConcurrentHashMap<>();

  DistrictNames(List<District> districts) {
    // declaration order: the first district claiming a spelling keeps it
    for (int i = 0; i < districts.size(); i++) {
      District d = districts.get(i);
      byKey.putIfAbsent(key(d.name()), i);
      for (String alias : d.aliases()) {
        byKey.putIfAbsent(key(alias), i);
      }
    }
  }

  /** The index of the district this spelling names. */
  Optional<Integer> find(String spelling) {
    Optional<Integer> found = seen.get(spelling);
    if (found == null) {
      // normalising is slow (regexes, Unicode decomposition) and spellings repeat on every row
      found = lookUp(spelling);
      if (seen.size() < MAX_CACHED) {
        seen.put(spelling, found);
      }
    }
    return found;
  }

  private Optional<Integer> lookUp(String spelling) {
    String k = key(spelling);
    Integer i = byKey.get(k);
    if (i == null && k.endsWith("s")) {
      // genitive before a stripped suffix: "Farstas stadsdelsförvaltning"
      i = byKey.get(k.substring(0, k.length() - 1));
    }
    return Optional.ofNullable(i);
  }

  static String key(String spelling) {
    String s =
        Normalizer.normalize(spelling, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\-/_\u2013.]+", " ")
            .strip();
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length()).strip();
      }
    }
    if (!s.isEmpty() && Values.allDigits(s)) {
      // a district code: "07" in a text file is 7 in a workbook's number cell
      s = s.replaceFirst("^0+(?=.)", "");
    }
    return s;
  }
}
