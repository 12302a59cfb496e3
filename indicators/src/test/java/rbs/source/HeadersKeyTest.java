package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeadersKeyTest {

  /** The definition the key keeps: what it was as a chain of regexes. */
  private static String byRegex(String header) {
    return header
        .replace("\ufeff", "")
        .replaceAll("[\\s\u00a0\u202f]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  @Test
  void keysAreThoseOfTheRegexDefinition() {
    List<String> headers =
        List.of(
            "Datum",
            "\ufeffDatum",
            "  Född   år ",
            "Född\u00a0år",
            "Född \u202f\t\r\n år",
            "Född\u000b\fÅR",
            "a \ufeff b",
            "\ufeff",
            "",
            "   ",
            "\u2003em space\u2003",
            "Ärende-ID_2");
    for (String h : headers) {
      assertThat(Headers.key(h)).as("key of [%s]", h).isEqualTo(byRegex(h));
    }
    assertThat(Headers.key("  Född\u00a0 ÅR ")).isEqualTo("född år");
  }
}
