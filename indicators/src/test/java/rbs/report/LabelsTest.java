package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rbs.model.PeriodKind;
import rbs.model.Status;
import rbs.model.Trend;

class LabelsTest {

  private static final Pattern SPECIFIER = Pattern.compile("%[sd]");

  static List<String> specifiers(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = SPECIFIER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void bothLanguagesDefineEveryKeyWithTheSameArguments() {
    Labels sv = Labels.forLanguage("sv");
    Labels en = Labels.forLanguage("en");
    for (Label label : Label.values()) {
      assertThat(sv.get(label)).as(label + " in Swedish").isNotBlank();
      assertThat(en.get(label)).as(label + " in English").isNotBlank();
      // a text formatted with arguments takes the same ones, in the same order, in both languages
      assertThat(specifiers(sv.get(label)))
          .as(label + " arguments")
          .isEqualTo(specifiers(en.get(label)));
    }
  }

  @Test
  void everyStatusTrendAndLevelHasWords() {
    Labels sv = Labels.forLanguage("sv-SE");
    for (Status s : Status.values()) {
      assertThat(sv.status(s)).isNotBlank();
    }
    for (Trend t : Trend.values()) {
      assertThat(sv.trend(t)).isNotBlank();
    }
    for (PeriodKind k : PeriodKind.values()) {
      assertThat(sv.level(k)).isNotBlank();
    }
    assertThat(sv.month(5)).isEqualTo("maj");
    assertThat(Labels.forLanguage("en").month(5)).isEqualTo("May");
    assertThat(Labels.forLanguage("sv").get(Label.MONTHS).split(",")).hasSize(12);
    assertThat(Labels.forLanguage("en").get(Label.MONTHS).split(",")).hasSize(12);
  }

  @Test
  void writesNumbersAsTheLanguageDoes() {
    assertThat(Labels.forLanguage("sv").number(1300, 0)).isEqualTo("1\u00a0300");
    assertThat(Labels.forLanguage("sv").number(56.25, 1)).isEqualTo("56,3");
    assertThat(Labels.forLanguage("en").number(1300, 0)).isEqualTo("1,300");
    assertThat(Labels.forLanguage("en").value(56.25, 1, true, "procent")).isEqualTo("56.3\u00a0%");
    assertThat(Labels.forLanguage("sv").value(12, 0, false, "personer")).isEqualTo("12 personer");
  }
}
