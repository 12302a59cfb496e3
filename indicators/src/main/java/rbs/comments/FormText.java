package rbs.comments;

import rbs.model.Status;

/** Every fixed text of a comment form, in Swedish and English. */
enum FormText {
  SHEET("Kommentarer", "Comments"),
  FILE_SUFFIX("kommentarer", "comments"),
  TITLE("Kommentarer till uppföljningen: %s", "Comments on the follow-up: %s"),
  UNIT("Enhet", "Unit"),
  PERIOD("Period", "Period"),
  INTERNAL(
      "Internt – ej för publicering: siffrorna är interna och visar också små antal.",
      "Internal – not for publication: the figures are internal and show small counts too."),
  INSTRUCTIONS(
      "Skriv enhetens analys (varför utfallet blev som det blev) och åtgärder (vad ni gör) i de gula"
          + " cellerna, högst %d tecken per cell, utan personuppgifter. För ett mål som inte kan"
          + " bedömas från indikatorerna: välj enhetens egen bedömning. Övriga celler är låsta."
          + " Spara filen som den är (.xlsx) och lämna den i mappen %s.",
      "Write the unit's analysis (why the outcome is what it is) and actions (what you do) in the"
          + " yellow cells, at most %d characters a cell, without personal data. For a goal its"
          + " indicators cannot judge: choose the unit's own assessment. The other cells are"
          + " locked. Save the file as it is (.xlsx) and leave it in the folder %s."),
  PREVIOUS(
      "Texten från förra perioden (%s) står redan i cellerna: uppdatera den.",
      "The text of the previous period (%s) is already in the cells: update it."),
  ID("Id", "Id"),
  ITEM("Mål och indikator", "Goal and indicator"),
  OUTCOME("Utfall %d", "Outcome %d"),
  LAST_YEAR("Samma period fjol", "Same period last year"),
  TARGET("Mål", "Target"),
  FULFILMENT("Uppfyllelse", "Fulfilment"),
  ASSESSMENT("Egen bedömning", "Own assessment"),
  ANALYSIS("Analys", "Analysis"),
  ACTIONS("Åtgärder", "Actions"),
  TOO_LONG("Högst %d tecken.", "At most %d characters."),
  CHOOSE("Välj en bedömning i listan.", "Choose an assessment from the list."),
  MISSING("-", "-"),
  WITHHELD("..", ".."),
  STATUS_MET("Uppfyllt", "Met"),
  STATUS_PARTLY("Delvis uppfyllt", "Partly met"),
  STATUS_NOT_MET("Ej uppfyllt", "Not met"),
  STATUS_NOT_ASSESSABLE("Kan ej bedömas", "Not assessable"),
  STATUS_NOT_JUDGED("Ingen värdering", "Not judged");

  private final String swedish;
  private final String english;

  FormText(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The text in the programme's language ("sv" Swedish, anything else English). */
  String in(String language) {
    return language.startsWith("sv") ? swedish : english;
  }

  String format(String language, Object... args) {
    return String.format(java.util.Locale.ROOT, in(language), args);
  }

  /** A fulfilment status in words. */
  static String status(Status status, String language) {
    return switch (status) {
      case MET -> STATUS_MET.in(language);
      case PARTLY -> STATUS_PARTLY.in(language);
      case NOT_MET -> STATUS_NOT_MET.in(language);
      case NOT_ASSESSABLE -> STATUS_NOT_ASSESSABLE.in(language);
      case NOT_JUDGED -> STATUS_NOT_JUDGED.in(language);
    };
  }
}
