package rbs.model;

import java.util.Locale;

/**
 * The fixed phrases a reject reason is made of, in English (as rejects.csv, the manifest and the
 * logs write them) and in Swedish (as a Swedish programme's workbooks show them). A reason is one
 * or two phrases and perhaps a quoted, masked value: "not a date: '2014-13-01'".
 */
public enum RejectReason {
  PERSON_ID(
      "not a valid personnummer or samordningsnummer",
      "inte ett giltigt personnummer eller samordningsnummer"),
  CHECK_DIGIT("(check digit)", "(kontrollsiffran)"),
  DATE_PART("(date part)", "(datumdelen)"),
  PERSON_ID_FORMAT(
      "(expected YYYYMMDD-NNNN or YYMMDD-NNNN)", "(väntat ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN)"),
  NOT_WHOLE("not a whole number", "inte ett heltal"),
  NOT_NUMBER("not a number", "inte ett tal"),
  NOT_DATE("not a date", "inte ett datum"),
  NO_SUCH_DAY("does not exist", "finns inte"),
  NOT_YES_NO("not a yes/no value", "inte ja eller nej"),
  EMPTY("empty value in a required column", "tomt värde i en obligatorisk kolumn"),
  UNKNOWN_DISTRICT("unknown district", "okänd stadsdel"),
  ADD_ALIAS(
      "(add the spelling as an alias in the programme)",
      "(lägg till stavningen som alias i programmet)");

  private final String english;
  private final String swedish;

  RejectReason(String english, String swedish) {
    this.english = english;
    this.swedish = swedish;
  }

  /** The phrase as rejects.csv and the logs write it. */
  public String english() {
    return english;
  }

  /** The phrase followed by a detail: "not a date: '2014-13-01'". */
  public String with(String detail) {
    return english + ": " + detail;
  }

  /**
   * A reason in the language of a programme: Swedish for "sv", else as written. Every phrase of
   * this list is put in Swedish; a quoted value stays as it is.
   */
  public static String in(String reason, String language) {
    if (!Locale.forLanguageTag(language).getLanguage().equals("sv")) {
      return reason;
    }
    String out = reason;
    for (RejectReason r : values()) {
      out = out.replace(r.english, r.swedish);
    }
    return out;
  }
}
