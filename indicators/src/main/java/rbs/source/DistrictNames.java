package rbs.source;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rbs.model.District;

/**
 * Maps the spellings districts use in their extracts to the programme's districts: names and
 * aliases compared without case, diacritics, punctuation or the suffixes "sdf",
 * "stadsdelsförvaltning" and "stadsdelsnämnd".
 */
final class DistrictNames {

  private final Map<String, Integer> index = new HashMap<>();

  /** Spellings seen so far: extracts repeat a handful of them millions of times. */
  private final Map<String, Optional<Integer>> seen = new HashMap<>();

  DistrictNames(List<District> districts) {
    for (int i = 0; i < districts.size(); i++) {
      index.put(key(districts.get(i).name()), i);
      for (String alias : districts.get(i).aliases()) {
        index.putIfAbsent(key(alias), i);
      }
    }
  }

  Optional<Integer> find(String spelling) {
    Optional<Integer> known = seen.get(spelling);
    if (known != null) {
      return known;
    }
    Optional<Integer> found = lookup(spelling);
    if (seen.size() < 10_000) {
      seen.put(spelling, found);
    }
    return found;
  }

  private Optional<Integer> lookup(String spelling) {
    Integer i = index.get(key(spelling));
    if (i == null) {
      // "Kungsholmens" for "Kungsholmen": the genitive of an office's name
      String k = key(spelling);
      if (k.endsWith("s")) {
        i = index.get(k.substring(0, k.length() - 1));
      }
    }
    return Optional.ofNullable(i);
  }

  static String key(String text) {
    String k =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .trim();
    k = k.replaceAll(" (sdf|sdn|stadsdelsforvaltning|stadsdelsnamnd|stadsdel)$", "");
    return k.replace(" ", "");
  }
}
