package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import rbs.model.SafeText;

/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe nor starting with a full stop, unique ignoring case. A longer name is shortened by
 * whole phrases: it ends before a preposition, conjunction or relative word ("Män som utövat våld |
 * i nära relationer"), so the tab reads as a whole, never as "Män som utövat våld i nära"; only a
 * name with no such place is cut at its last whole word.
 */
final class SheetNames {

  static final int MAX = 31;

  // words a shortened name should not end on
  private static final Set<String> DANGLING =
      Set.of(
          "i", "och", "eller", "för", "som", "av", "med", "till", "mellan", "mot", "om", "på",
          "från", "hos", "under", "efter", "vid", "utan", "samt", "of", "and", "or", "in", "who",
          "for", "to", "with", "the", "a", "from", "at", "by", "without");

  private final Set<String> used = new TreeSet<>();

  /** Reserves a fixed name (e.g. the overview's). */
  String reserve(String name) {
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** The name shortened at a word boundary, cleaned and made unique with " (2)", " (3)" … */
  String unique(String wanted) {
    // shortened at a word, a name can end with an apostrophe again
    String base = edges(shorten(clean(wanted), MAX));
    String name = base;
    for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = edges(shorten(base, MAX - suffix.length())) + suffix;
    }
    return reserve(name);
  }

  static String clean(String text) {
    return edges(
        SafeText.mask(text).replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").trim());
  }

  /**
   * The name without apostrophes at either end (Excel refuses them) nor full stops at its start (a
   * name starting with one is written unquoted in the print area's and print titles' formulas,
   * where a reader takes it for a number: POI's formula parser refuses ".x!$A$1"), until none is
   * left once the spaces they leave are trimmed too; "-" when nothing is left.
   */
  private static String edges(String name) {
    String edged = name;
    String before;
    do {
      before = edged;
      edged = edged.replaceAll("^['.]+|'+$", "").trim();
    } while (!edged.equals(before));
    return edged.isEmpty() ? "-" : edged;
  }

  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String[] words = text.split(" ", -1);
    String phrase = "";
    StringBuilder prefix = new StringBuilder(words[0]);
    for (int i = 1; i < words.length && prefix.length() <= max; i++) {
      if (DANGLING.contains(words[i].toLowerCase(Locale.ROOT))) {
        String whole = prefix.toString();
        if (whole.length() <= max && !DANGLING.contains(lastWord(whole))) {
          phrase = whole;
        }
      }
      prefix.append(' ').append(words[i]);
    }
    return phrase.isEmpty() ? byWords(text, max) : phrase;
  }

  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** The longest run of whole words that fits, without a dangling last word. */
  private static String byWords(String text, int max) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (out.length() + (out.length() == 0 ? 0 : 1) + word.length() > max) {
        break;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    String result = out.toString();
    while (result.contains(" ")
        && DANGLING.contains(
            result.substring(result.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
      result = result.substring(0, result.lastIndexOf(' '));
    }
    return result.isEmpty() ? text.substring(0, max).trim() : result;
  }
}
