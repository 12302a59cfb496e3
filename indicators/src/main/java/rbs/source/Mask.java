package rbs.source;

import rbs.model.SafeText;

/** Quotes cell values in reject reasons, through the one masking rule ({@link SafeText}). */
final class Mask {

  /** Enough of a value to recognise it; the whole of a 200 MB field is no help to anyone. */
  private static final int MAX = 40;

  private Mask() {}

  /** The value in quotes, masked and bounded. */
  static String quote(String value) {
    return "'" + SafeText.of(value, MAX) + "'";
  }
}
