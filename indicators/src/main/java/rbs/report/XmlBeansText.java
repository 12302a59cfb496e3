package rbs.report;

/**
 * Text as POI's XML writer (XmlBeans) writes it, for the parts rbs writes as text in POI's bytes
 * ({@link ChartXml}, {@link DrawingText}, {@link PlainKeyedStrings}). The rules were read off POI
 * for every character of the BMP; the tests that write parts both ways hold them to it.
 */
final class XmlBeansText {

  private XmlBeansText() {}

  /**
   * Whether the character at {@code i} is one a plain text holds none of: a C0 control character
   * (tab, line feed and carriage return too), a C1 control character, U+FFFE, U+FFFF, or a
   * surrogate without its pair. XmlBeans writes most of them as {@code ?} or a reference, or an XML
   * reader reads them as something else.
   */
  static boolean unplain(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\uFFFE' || c == '\uFFFF';
  }

  /** Whether the text is not empty and holds no character {@link #unplain} names. */
  static boolean plain(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (unplain(text, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends the text as XmlBeans writes an element's content: {@code &} and {@code <} escaped,
   * {@code >} after {@code ]]}, a carriage return as a character reference, and every character XML
   * cannot carry (other control characters but tab and line feed, a surrogate without its pair,
   * U+FFFE and U+FFFF) as {@code ?}.
   */
  static void content(StringBuilder x, String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        x.append(c).append(text.charAt(++i));
      } else if (c == '&') {
        x.append("&amp;");
      } else if (c == '<') {
        x.append("&lt;");
      } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
        x.append("&gt;");
      } else if (c == '\r') {
        x.append("&#13;");
      } else if ((c < ' ' && c != '\t' && c != '\n')
          || Character.isSurrogate(c)
          || c == '\uFFFE'
          || c == '\uFFFF') {
        x.append('?');
      } else {
        x.append(c);
      }
    }
  }

  /** The text as XmlBeans writes an element's content ({@link #content(StringBuilder, String)}). */
  static String content(String text) {
    StringBuilder x = new StringBuilder(text.length() + 16);
    content(x, text);
    return x.toString();
  }

  /**
   * A plain text ({@link #plain}; callers make it so) as XmlBeans writes an attribute's value:
   * {@code &}, {@code <} and {@code "} escaped; {@code >} kept, even after {@code ]]}.
   */
  static String attribute(String text) {
    StringBuilder x = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '"' ? "&quot;" : null;
      if (r != null && x == null) {
        x = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (x != null) {
        if (r != null) {
          x.append(r);
        } else {
          x.append(c);
        }
      }
    }
    return x == null ? text : x.toString();
  }
}
