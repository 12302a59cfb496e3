package rbs.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import rbs.filter.FilterWords;
import rbs.model.MeasureKind;
import rbs.model.PeriodKind;
import rbs.model.Status;
import rbs.model.Trend;

/** The fixed texts of a workbook in the programme's language (Swedish, or English otherwise). */
final class Labels {

  private static final Labels SWEDISH = new Labels(true);
  private static final Labels ENGLISH = new Labels(false);

  private final boolean swedish;
  // split once: month names are asked for on every row of every table
  private final List<String> months;

  private Labels(boolean swedish) {
    this.swedish = swedish;
    this.months = List.of(get(Label.MONTHS).split(",", -1));
  }

  /** Swedish for "sv" (and its regional tags), English for anything else. */
  static Labels forLanguage(String languageTag) {
    return Locale.forLanguageTag(languageTag).getLanguage().equals("sv") ? SWEDISH : ENGLISH;
  }

  String get(Label label) {
    return label.text(swedish);
  }

  String format(Label label, Object... args) {
    return String.format(Locale.ROOT, get(label), args);
  }

  /** The language tag of the texts, as Office writes it ("sv-SE", "en-GB"). */
  String languageTag() {
    return swedish ? "sv-SE" : "en-GB";
  }

  /** The number format of a month's name in the language, whatever the reader's settings. */
  String monthFormat() {
    return swedish ? "[$-41D]mmm" : "[$-809]mmm";
  }

  /** The words filters are said in. */
  FilterWords.Vocabulary filterWords() {
    return swedish ? FilterWords.Vocabulary.SWEDISH : FilterWords.Vocabulary.ENGLISH;
  }

  String status(Status status) {
    return get(
        switch (status) {
          case MET -> Label.STATUS_MET;
          case PARTLY -> Label.STATUS_PARTLY;
          case NOT_MET -> Label.STATUS_NOT_MET;
          case NOT_ASSESSABLE -> Label.STATUS_NOT_ASSESSABLE;
          case NOT_JUDGED -> Label.STATUS_NOT_JUDGED;
        });
  }

  String trend(Trend trend) {
    return get(
        switch (trend) {
          case BETTER -> Label.TREND_BETTER;
          case UNCHANGED -> Label.TREND_UNCHANGED;
          case WORSE -> Label.TREND_WORSE;
          case NOT_COMPARABLE -> Label.TREND_NOT_COMPARABLE;
          case HIGHER -> Label.TREND_HIGHER;
          case LOWER -> Label.TREND_LOWER;
        });
  }

  /** A level of period in words ("månad", "hittills i år"). */
  String level(PeriodKind kind) {
    return get(
        switch (kind) {
          case MONTH -> Label.LEVEL_MONTH;
          case TERTIAL -> Label.LEVEL_TERTIAL;
          case YEAR_TO_DATE -> Label.LEVEL_YTD;
          case YEAR -> Label.LEVEL_YEAR;
          case ROLLING -> Label.LEVEL_ROLLING;
          case FORECAST -> Label.LEVEL_FORECAST;
        });
  }

  /** A measure's kind in words. */
  String kind(MeasureKind kind) {
    return get(
        switch (kind) {
          case COUNT -> Label.KIND_COUNT;
          case PERSONS -> Label.KIND_PERSONS;
          case SUM -> Label.KIND_SUM;
          case SHARE -> Label.KIND_SHARE;
          case RATE -> Label.KIND_RATE;
        });
  }

  /** Short month name, 1-based. */
  String month(int month) {
    return months.get(month - 1);
  }

  /**
   * A number as a reader of the language writes it, with the indicator's decimals: "1 300" and
   * "56,3" in Swedish (a no-break space groups thousands), "1,300" and "56.3" in English.
   */
  String number(double value, int decimals) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(swedish ? '\u00a0' : ',');
    symbols.setDecimalSeparator(swedish ? ',' : '.');
    symbols.setMinusSign(swedish ? '\u2212' : '-');
    DecimalFormat format =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(BigDecimal.valueOf(value));
  }

  /** The format of a chart's value axis: "1 300" or "80 %" in Swedish. */
  java.text.NumberFormat axisFormat(boolean percent) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(swedish ? '\u00a0' : ',');
    symbols.setDecimalSeparator(swedish ? ',' : '.');
    symbols.setMinusSign(swedish ? '\u2212' : '-');
    return new DecimalFormat(percent ? "#,##0'\u00a0%'" : "#,##0", symbols);
  }

  /** A value with its unit: "56,3 %" for a share, "1 300 personer" for a count. */
  String value(double value, int decimals, boolean percent, String unit) {
    return number(value, decimals) + (percent ? "\u00a0%" : unit.isEmpty() ? "" : " " + unit);
  }
}
