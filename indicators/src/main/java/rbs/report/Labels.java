package rbs.report;

import java.util.Locale;
import java.util.Map;
import rbs.filter.FilterWords;
import rbs.model.Status;
import rbs.model.Trend;

/** The fixed texts of a workbook in the programme's language (Swedish, or English otherwise). */
final class Labels {

  private static final Map<String, String> SV =
      Map.ofEntries(
          Map.entry("overview", "Översikt"),
          Map.entry("definitions", "Definitioner"),
          Map.entry("publication", "Publicering"),
          Map.entry(
              "publication.internal",
              "Intern rapport: alla värden visas, också små antal. Publicera bara en rapport som"
                  + " gjorts för publicering."),
          Map.entry("publication.levels", "Redovisas för %s: %s. För stadsdelarna: %s."),
          Map.entry("publication.levelsWhole", "Redovisas för %s: %s."),
          Map.entry(
              "publication.rule",
              "Antal från 1 till %d personer redovisas inte (..), inte heller en andel där"
                  + " täljaren, nämnaren eller skillnaden mellan dem är så liten. Fler värden"
                  + " undertrycks där de annars skulle gå att räkna fram ur andra värden i"
                  + " rapporten eller i programmets tidigare publicerade rapporter, så att ett"
                  + " undertryckt litet antal aldrig kan ringas in till färre än %d möjliga"
                  + " värden."),
          Map.entry(
              "publication.count",
              "I den här rapporten är %d av %d värden undertryckta: %d små antal och %d värden"
                  + " som skyddar dem."),
          Map.entry("level.month", "månad"),
          Map.entry("level.tertial", "tertial"),
          Map.entry("level.ytd", "hittills i år"),
          Map.entry("level.year", "år"),
          Map.entry("revisions", "Ändrade uppgifter sedan en tidigare publicering"),
          Map.entry("revision.publication", "Publicering"),
          Map.entry("revision.before", "Då"),
          Map.entry("revision.now", "Nu"),
          Map.entry("noRevisions", "Inga publicerade uppgifter har ändrats."),
          Map.entry("quality", "Datakvalitet"),
          Map.entry("programme", "Program"),
          Map.entry("unit", "Enhet"),
          Map.entry("period", "Period"),
          Map.entry("asOf", "Datum för uttag"),
          Map.entry("internal", "Internt – ej för publicering"),
          Map.entry("published", "För publicering: små antal är undertryckta"),
          Map.entry("goalIndicator", "Mål och indikator"),
          Map.entry("outcome", "Utfall"),
          Map.entry("counts", "Antal"),
          Map.entry("of", "av"),
          Map.entry("target", "Mål"),
          Map.entry("fulfilment", "Uppfyllelse"),
          Map.entry("trend", "Trend"),
          Map.entry("lastYear", "Samma period fjol"),
          Map.entry("note", "Anmärkning"),
          Map.entry("incomplete", "Uppgifter saknas för någon månad"),
          Map.entry(
              "footnote",
              "- = uppgift saknas (inga data eller nämnaren är noll).   .. = uppgiften"
                  + " undertryckt av sekretesskäl (för få personer)."),
          Map.entry("status.met", "Uppfyllt"),
          Map.entry("status.partly", "Delvis uppfyllt"),
          Map.entry("status.not_met", "Ej uppfyllt"),
          Map.entry("status.not_assessable", "Kan ej bedömas"),
          Map.entry("trend.better", "↑ Bättre"),
          Map.entry("trend.unchanged", "→ Oförändrat"),
          Map.entry("trend.worse", "↓ Sämre"),
          Map.entry("trend.not_comparable", "Ej jämförbart"),
          Map.entry("months", "jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec"),
          Map.entry("tertial", "Tertial"),
          Map.entry("ytd", "Jan–%s hittills i år"),
          Map.entry("year", "Helår"),
          Map.entry("numerator", "Täljare"),
          Map.entry("denominator", "Nämnare"),
          Map.entry("district", "Stadsdel"),
          Map.entry("districtsTitle", "Stadsdelarna, %s"),
          Map.entry("yearsTitle", "Utveckling över åren"),
          Map.entry("trendLine", "Trend (linjär)"),
          Map.entry("monthChart", "%s per månad"),
          Map.entry("tertialChart", "%s per tertial"),
          Map.entry("districtChart", "%s per stadsdel"),
          Map.entry("yearChart", "%s per år"),
          Map.entry("month", "Månad"),
          Map.entry("yearAxis", "År"),
          Map.entry("targetMonthly", "Mål (per månad)"),
          Map.entry("indicator", "Indikator"),
          Map.entry("description", "Definition"),
          Map.entry("source", "Källa"),
          Map.entry("filter", "Urval"),
          Map.entry("measureUnit", "Enhet"),
          Map.entry("kind", "Typ"),
          Map.entry("polarity", "Riktning"),
          Map.entry("polarity.higher", "Högre är bättre"),
          Map.entry("polarity.lower", "Lägre är bättre"),
          Map.entry("targets", "Mål"),
          Map.entry("comparability", "Jämförbarhet"),
          Map.entry("comparableFrom", "Jämförbar med föregående år från %d."),
          Map.entry("all", "alla"),
          Map.entry("kind.count", "antal poster"),
          Map.entry("kind.persons", "unika personer"),
          Map.entry("kind.sum", "summa"),
          Map.entry("kind.share", "andel"),
          Map.entry("kind.rate", "antal per befolkning"),
          Map.entry("file", "Fil"),
          Map.entry("rowsRead", "Rader lästa"),
          Map.entry("rowsUsed", "Rader använda"),
          Map.entry("rowsRejected", "Rader avvisade"),
          Map.entry("inputs", "Inlästa filer"),
          Map.entry("missing", "Månader utan leverans"),
          Map.entry("noMissing", "Alla stadsdelar har levererat alla månader."),
          Map.entry("rejects", "Avvisade rader per orsak"),
          Map.entry("noRejects", "Inga rader avvisades."),
          Map.entry("column", "Kolumn"),
          Map.entry("reason", "Orsak"),
          Map.entry("rows", "Rader"),
          Map.entry("pageOf", "Sida &P av &N"),
          Map.entry("asOfFooter", "Uttag %s"));

  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("overview", "Overview"),
          Map.entry("definitions", "Definitions"),
          Map.entry("publication", "Publication"),
          Map.entry(
              "publication.internal",
              "Internal report: every value is shown, small counts too. Publish only a report"
                  + " made for publication."),
          Map.entry("publication.levels", "Shown for %s: %s. For the districts: %s."),
          Map.entry("publication.levelsWhole", "Shown for %s: %s."),
          Map.entry(
              "publication.rule",
              "Counts from 1 to %d persons are not shown (..), nor is a share whose numerator,"
                  + " denominator or the difference between them is that small. Further values are"
                  + " withheld where they would let a reader work such a count out from other"
                  + " values of this report or of the programme's earlier publications, so that a"
                  + " withheld small count is never narrowed to fewer than %d possible values."),
          Map.entry(
              "publication.count",
              "In this report %d of %d values are withheld: %d small counts and %d values that"
                  + " protect them."),
          Map.entry("level.month", "month"),
          Map.entry("level.tertial", "tertial"),
          Map.entry("level.ytd", "year to date"),
          Map.entry("level.year", "year"),
          Map.entry("revisions", "Figures changed since an earlier publication"),
          Map.entry("revision.publication", "Publication"),
          Map.entry("revision.before", "Then"),
          Map.entry("revision.now", "Now"),
          Map.entry("noRevisions", "No published figure has changed."),
          Map.entry("quality", "Data quality"),
          Map.entry("programme", "Programme"),
          Map.entry("unit", "Unit"),
          Map.entry("period", "Period"),
          Map.entry("asOf", "As of"),
          Map.entry("internal", "Internal – not for publication"),
          Map.entry("published", "For publication: small counts are withheld"),
          Map.entry("goalIndicator", "Goal and indicator"),
          Map.entry("outcome", "Outcome"),
          Map.entry("counts", "Counts"),
          Map.entry("of", "of"),
          Map.entry("target", "Target"),
          Map.entry("fulfilment", "Fulfilment"),
          Map.entry("trend", "Trend"),
          Map.entry("lastYear", "Same period last year"),
          Map.entry("note", "Note"),
          Map.entry("incomplete", "Data missing for some month"),
          Map.entry(
              "footnote",
              "- = no data (nothing delivered or a zero denominator).   .. = withheld for"
                  + " confidentiality (too few persons)."),
          Map.entry("status.met", "Met"),
          Map.entry("status.partly", "Partly met"),
          Map.entry("status.not_met", "Not met"),
          Map.entry("status.not_assessable", "Not assessable"),
          Map.entry("trend.better", "↑ Better"),
          Map.entry("trend.unchanged", "→ Unchanged"),
          Map.entry("trend.worse", "↓ Worse"),
          Map.entry("trend.not_comparable", "Not comparable"),
          Map.entry("months", "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec"),
          Map.entry("tertial", "Tertial"),
          Map.entry("ytd", "Jan–%s year to date"),
          Map.entry("year", "Full year"),
          Map.entry("numerator", "Numerator"),
          Map.entry("denominator", "Denominator"),
          Map.entry("district", "District"),
          Map.entry("districtsTitle", "Districts, %s"),
          Map.entry("yearsTitle", "Development over the years"),
          Map.entry("trendLine", "Trend (linear)"),
          Map.entry("monthChart", "%s by month"),
          Map.entry("tertialChart", "%s by tertial"),
          Map.entry("districtChart", "%s by district"),
          Map.entry("yearChart", "%s by year"),
          Map.entry("month", "Month"),
          Map.entry("yearAxis", "Year"),
          Map.entry("targetMonthly", "Target (per month)"),
          Map.entry("indicator", "Indicator"),
          Map.entry("description", "Definition"),
          Map.entry("source", "Source"),
          Map.entry("filter", "Filter"),
          Map.entry("measureUnit", "Unit"),
          Map.entry("kind", "Kind"),
          Map.entry("polarity", "Polarity"),
          Map.entry("polarity.higher", "Higher is better"),
          Map.entry("polarity.lower", "Lower is better"),
          Map.entry("targets", "Targets"),
          Map.entry("comparability", "Comparability"),
          Map.entry("comparableFrom", "Comparable with the previous year from %d."),
          Map.entry("all", "all"),
          Map.entry("kind.count", "number of records"),
          Map.entry("kind.persons", "distinct persons"),
          Map.entry("kind.sum", "sum"),
          Map.entry("kind.share", "share"),
          Map.entry("kind.rate", "rate per population"),
          Map.entry("file", "File"),
          Map.entry("rowsRead", "Rows read"),
          Map.entry("rowsUsed", "Rows used"),
          Map.entry("rowsRejected", "Rows rejected"),
          Map.entry("inputs", "Files read"),
          Map.entry("missing", "Months not delivered"),
          Map.entry("noMissing", "Every district delivered every month."),
          Map.entry("rejects", "Rejected rows by reason"),
          Map.entry("noRejects", "No rows were rejected."),
          Map.entry("column", "Column"),
          Map.entry("reason", "Reason"),
          Map.entry("rows", "Rows"),
          Map.entry("pageOf", "Page &P of &N"),
          Map.entry("asOfFooter", "As of %s"));

  private final Map<String, String> texts;
  private final FilterWords.Vocabulary filterWords;

  private Labels(Map<String, String> texts, FilterWords.Vocabulary filterWords) {
    this.texts = texts;
    this.filterWords = filterWords;
  }

  /** Swedish for "sv" (and its regional tags), English for anything else. */
  static Labels forLanguage(String languageTag) {
    String lang = Locale.forLanguageTag(languageTag).getLanguage();
    return lang.equals("sv")
        ? new Labels(SV, FilterWords.Vocabulary.SWEDISH)
        : new Labels(EN, FilterWords.Vocabulary.ENGLISH);
  }

  String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no label " + key);
    }
    return text;
  }

  String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  /** The words filters are said in. */
  FilterWords.Vocabulary filterWords() {
    return filterWords;
  }

  String status(Status status) {
    return get("status." + status.key());
  }

  String trend(Trend trend) {
    return get("trend." + trend.key());
  }

  /** Short month name, 1-based. */
  String month(int month) {
    return get("months").split(",", -1)[month - 1];
  }
}
