package rbs.report;

/**
 * Every fixed text of a workbook or chart, in Swedish and English: a key the compiler checks, so a
 * misspelt key is a build error rather than a blank in a report. Texts with {@code %s}/{@code %d}
 * are formatted with {@link Labels#format}.
 */
enum Label {
  OVERVIEW("Översikt", "Overview"),
  DEFINITIONS("Definitioner", "Definitions"),
  PUBLICATION("Publicering", "Publication"),
  PUBLICATION_INTERNAL(
      "Intern rapport: alla värden visas, också små antal. Publicera bara en rapport som gjorts för publicering.",
      "Internal report: every value is shown, small counts too. Publish only a report made for publication."),
  PUBLICATION_LEVELS(
      "Redovisas för %s: %s. För stadsdelarna: %s.", "Shown for %s: %s. For the districts: %s."),
  PUBLICATION_LEVELS_WHOLE("Redovisas för %s: %s.", "Shown for %s: %s."),
  PUBLICATION_LEVELS_GROUPS(
      "För grupperna av stadsdelar (%s): %s.", "For the groups of districts (%s): %s."),
  PUBLICATION_RULE(
      "Antal från 1 till %d personer redovisas inte (..), inte heller en andel där täljaren, nämnaren eller skillnaden mellan dem är så liten. Fler värden undertrycks där de annars skulle gå att räkna fram ur andra värden i rapporten eller i programmets tidigare publicerade rapporter, så att ett undertryckt litet antal aldrig kan ringas in till färre än %d möjliga värden.",
      "Counts from 1 to %d persons are not shown (..), nor is a share whose numerator, denominator or the difference between them is that small. Further values are withheld where they would let a reader work such a count out from other values of this report or of the programme's earlier publications, so that a withheld small count is never narrowed to fewer than %d possible values."),
  PUBLICATION_COUNT(
      "I den här rapporten är %d av %d värden undertryckta: %d små antal och %d värden som skyddar dem.",
      "In this report %d of %d values are withheld: %d small counts and %d values that protect them."),
  LEVEL_MONTH("månad", "month"),
  LEVEL_TERTIAL("tertial", "tertial"),
  LEVEL_YTD("hittills i år", "year to date"),
  LEVEL_FORECAST("helårsprognos", "full-year forecast"),
  LEVEL_YEAR("år", "year"),
  LEVEL_ROLLING("rullande tolv månader", "rolling twelve months"),
  VIOLATIONS("Regler mellan indikatorer som inte håller", "Rules across indicators that fail"),
  NO_VIOLATIONS("Alla regler mellan indikatorer håller.", "Every rule across indicators holds."),
  RULE("Regel", "Rule"),
  ROLLING("Rullande 12 mån. t.o.m. %s", "Rolling 12 months to %s"),
  MONTHLY_NOTE(
      "Månadsuppföljning: utfall per månad och för perioden, utan diagram.",
      "Monthly follow-up: outcomes by month and for the period, without charts."),
  REVISIONS(
      "Ändrade uppgifter sedan en tidigare publicering",
      "Figures changed since an earlier publication"),
  REVISION_PUBLICATION("Publicering", "Publication"),
  REVISION_BEFORE("Då", "Then"),
  REVISION_NOW("Nu", "Now"),
  BASELINE("Utgångsläge", "Baseline"),
  BASELINE_YEAR("Utgångsläge %d", "Baseline %d"),
  CHANGE_SINCE("Förändring sedan %d", "Change since %d"),
  FORECAST_SINCE("Helårsprognos mot %d", "Forecast against %d"),
  FORECAST_YEAR("Prognos %d", "Forecast %d"),
  CHANGE_PERCENT("Förändring, %", "Change, %"),
  PERCENTAGE_POINTS("p.e.", "pp"),
  MARK_BASELINE("utgångsläge", "baseline"),
  BASELINE_TITLE("Utgångsläge och förändring sedan dess", "Baseline and change since"),
  BASELINE_NOW("Utfall nu", "Outcome now"),
  COMPARISON("Jämförelse", "Comparison"),
  COMPARED("%d mot %s", "%d against %s"),
  BASELINES_MISSING("Utgångsläge som saknas", "Baselines without data"),
  BASELINES_ALL(
      "Det finns uppgifter för utgångsläget för alla indikatorer.",
      "Every indicator's baseline has data."),
  BASELINE_GUIDE(
      "Utgångsläge är programmets startår (helåret %d). Förändringen sedan dess jämför periodens utfall med utgångsläget, för ett antal som växer under året helårsprognosen (så att helår jämförs med helår), för en andel i procentenheter (p.e.).",
      "The baseline is the programme's starting year (the whole year %d). The change since compares the period's outcome with it, for a count that grows over the year the full-year forecast (a whole year against a whole year), for a share in percentage points (pp)."),
  NO_REVISIONS("Inga publicerade uppgifter har ändrats.", "No published figure has changed."),
  QUALITY("Datakvalitet", "Data quality"),
  PROGRAMME("Program", "Programme"),
  UNIT("Enhet", "Unit"),
  PERIOD("Period", "Period"),
  AS_OF("Datum för uttag", "As of"),
  INTERNAL("Internt – ej för publicering", "Internal – not for publication"),
  PUBLISHED(
      "För publicering: små antal är undertryckta", "For publication: small counts are withheld"),
  GOAL_INDICATOR("Mål och indikator", "Goal and indicator"),
  OUTCOME("Utfall", "Outcome"),
  COUNTS("Antal", "Counts"),
  OF("av", "of"),
  TARGET("Mål", "Target"),
  FULFILMENT("Uppfyllelse", "Fulfilment"),
  CHANGE("Förändring", "Change"),
  LAST_YEAR("Samma period fjol", "Same period last year"),
  NOTE("Anmärkning", "Note"),
  INCOMPLETE("Uppgifter saknas för någon månad", "Data missing for some month"),
  FOOTNOTE(
      "- = uppgift saknas (inga data eller nämnaren är noll).   .. = undertryckt av sekretesskäl (för få personer).   * = ofullständigt: uppgifter saknas för någon månad.   0 = noll.",
      "- = no data (nothing delivered or a zero denominator).   .. = withheld for confidentiality (too few persons).   * = incomplete: data missing for some month.   0 = zero."),
  STATUS_MET("Uppfyllt", "Met"),
  STATUS_PARTLY("Delvis uppfyllt", "Partly met"),
  STATUS_NOT_MET("Ej uppfyllt", "Not met"),
  STATUS_NOT_ASSESSABLE("Kan ej bedömas", "Not assessable"),
  STATUS_NOT_JUDGED("Ingen värdering", "Not judged"),
  TREND_BETTER("↑ Bättre", "↑ Better"),
  TREND_UNCHANGED("→ Oförändrat", "→ Unchanged"),
  TREND_WORSE("↓ Sämre", "↓ Worse"),
  TREND_NOT_COMPARABLE("Ej jämförbart", "Not comparable"),
  TREND_HIGHER("↑ Högre", "↑ Higher"),
  TREND_LOWER("↓ Lägre", "↓ Lower"),
  MONTHS(
      "jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec",
      "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec"),
  TERTIAL("Tertial", "Tertial"),
  YTD("Jan–%s hittills i år", "Jan–%s year to date"),
  YEAR("Helår", "Full year"),
  NUMERATOR("Täljare", "Numerator"),
  DENOMINATOR("Nämnare", "Denominator"),
  DISTRICT("Stadsdel", "District"),
  DISTRICTS_TITLE("Stadsdelarna, %s", "Districts, %s"),
  YEARS_TITLE("Utveckling över åren", "Development over the years"),
  TREND_LINE("Trendlinje", "Trend line"),
  MONTH_CHART("%s per månad", "%s by month"),
  TERTIAL_CHART("%s per tertial", "%s by tertial"),
  DISTRICT_CHART("%s per stadsdel", "%s by district"),
  YEAR_CHART("%s per år", "%s by year"),
  MONTH("Månad", "Month"),
  YEAR_AXIS("År", "Year"),
  TARGET_MONTHLY("Mål (per månad)", "Target (per month)"),
  INDICATOR("Indikator", "Indicator"),
  DESCRIPTION("Definition", "Definition"),
  SOURCE("Källa", "Source"),
  FILTER("Urval", "Filter"),
  MEASURE_UNIT("Enhet", "Unit"),
  KIND("Typ", "Kind"),
  POLARITY("Riktning", "Polarity"),
  POLARITY_HIGHER("Högre är bättre", "Higher is better"),
  POLARITY_LOWER("Lägre är bättre", "Lower is better"),
  POLARITY_NEUTRAL(
      "Varken högre eller lägre är bättre (utfall mot budget)",
      "Neither higher nor lower is better (outcome against budget)"),
  TARGETS("Mål", "Targets"),
  COMPARABILITY("Jämförbarhet", "Comparability"),
  COMPARABLE_FROM(
      "Jämförbar med föregående år från %d.", "Comparable with the previous year from %d."),
  ALL("alla", "all"),
  KIND_COUNT("antal poster", "number of records"),
  KIND_PERSONS("unika personer", "distinct persons"),
  KIND_SUM("summa", "sum"),
  KIND_SHARE("andel", "share"),
  KIND_RATE("antal per befolkning", "rate per population"),
  FILE("Fil", "File"),
  ROWS_READ("Rader lästa", "Rows read"),
  ROWS_USED("Rader använda", "Rows used"),
  ROWS_REJECTED("Rader avvisade", "Rows rejected"),
  INPUTS("Inlästa filer", "Files read"),
  MISSING("Månader utan leverans", "Months not delivered"),
  NO_MISSING(
      "Alla stadsdelar har levererat alla månader.", "Every district delivered every month."),
  NO_MISSING_UNIT("%s har levererat alla månader.", "%s delivered every month."),
  NO_FILES("Inga filer lästes.", "No files were read."),
  REJECTS("Avvisade rader per orsak", "Rejected rows by reason"),
  NO_REJECTS("Inga rader avvisades.", "No rows were rejected."),
  COLUMN("Kolumn", "Column"),
  REASON("Orsak", "Reason"),
  ROWS("Rader", "Rows"),
  PAGE_OF("Sida &P av &N", "Page &P of &N"),
  AS_OF_FOOTER("Uttag %s", "As of %s"),
  SUBTITLE_MONTHS("Per månad %s %d jämfört med %d, %s", "By month, %s %d against %d, %s"),
  SUBTITLE_TERTIALS("Per tertial %d jämfört med %d, %s", "By tertial, %d against %d, %s"),
  SUBTITLE_PERIOD("%s jämfört med samma period %d, %s", "%s against the same period of %d, %s"),
  SUBTITLE_DISTRICTS("Per stadsdel, %s jämfört med %d, %s", "By district, %s against %d, %s"),
  SUBTITLE_BREAKDOWN("Per %s, %s jämfört med %d, %s", "By %s, %s against %d, %s"),
  SUBTITLE_YEARS(
      "Per år %s med trendlinje och prognos för %d, %s",
      "By year, %s, with the trend line and its projection for %d, %s"),
  ALT_CATEGORIES("%s: %s.", "%s: %s."),
  ALT_LINE("Linjediagram", "Line chart"),
  ALT_BAR("Stapeldiagram", "Bar chart"),
  ALT_LATEST("Senaste värde, %s: %s.", "Latest value, %s: %s."),
  ALT_BEFORE("Året före (%d): %s.", "The year before (%d): %s."),
  ALT_TARGET("Mål: %s.", "Target: %s."),
  ALT_NO_VALUE("Inget värde visas.", "No value is shown."),
  ALT_HIGHEST_LOWEST("Högst: %s, %s. Lägst: %s, %s.", "Highest: %s, %s. Lowest: %s, %s."),
  ALT_WHOLE("%s som helhet: %s.", "%s as a whole: %s."),
  ALT_TREND(
      "Trendlinjen genom %s pekar mot %s år %d (prognos).",
      "The trend line through %s points to %s in %d (projection)."),
  ALT_NO_TREND(
      "För få jämförbara, fullständiga år för en trendlinje.",
      "Too few comparable, complete years for a trend line."),
  ALT_NOT_COMPARABLE(
      "Inte jämförbart, utanför trendlinjen: %s.", "Not comparable, outside the trend line: %s."),
  ALT_INCOMPLETE_YEARS(
      "Ofullständigt, utanför trendlinjen: %s.", "Incomplete, outside the trend line: %s."),
  ALT_WITHHELD("Undertryckt av sekretesskäl: %s.", "Withheld for confidentiality: %s."),
  ALT_MISSING("Uppgift saknas: %s.", "No data: %s."),
  ALT_INCOMPLETE("Uppgifter saknas för någon månad: %s.", "Data missing for some month: %s."),
  NOTE_PROJECTED("prognos enligt trendlinjen", "projected by the trend line"),
  NOTE_NOT_COMPARABLE("ej jämförbart med senare år", "not comparable with later years"),
  NOTE_INCOMPLETE(
      "ofullständigt: uppgifter saknas för någon månad", "incomplete: data missing for some month"),
  NOTE_WITHHELD("undertryckt av sekretesskäl", "withheld for confidentiality"),
  NOTE_MISSING("uppgift saknas", "no data"),
  MARK_PROJECTED("prognos", "projection"),
  MARK_NOT_COMPARABLE("ej jämförbart", "not comparable"),
  MARK_INCOMPLETE("ofullständigt", "incomplete"),
  MARK_WITHHELD("..", ".."),
  MARK_MISSING("-", "-"),
  NOTE_NOT_MEASURED("ej mätt detta år", "not measured this year"),
  MARK_NOT_MEASURED(".", "."),
  BREAKDOWN_TITLE("%s, uppdelat på %s", "%s, by %s"),
  TOTAL("Totalt", "Total"),
  SHARE_OF_TOTAL("Andel av totalt %d", "Share of the total %d"),
  BREAKDOWN_OVERLAP(
      "En person vars %s ändrades under perioden räknas i båda grupperna, så grupperna kan tillsammans bli fler än totalt.",
      "A person whose %s changed during the period counts in both groups, so the groups may add up to more than the total."),
  LAST_YEAR_ANNUAL("Föregående år", "Previous year"),
  WHOLE_YEAR_IN_WORDS("helåret %d", "the whole year %d"),
  TERTIAL_IN_WORDS("tertial %d %d", "tertial %d of %d"),
  CHART_DATA("Diagramdata", "Chart data"),
  CHART_DATA_NOTE(
      "Diagrammens underlag. Ett värde som inte visas är en tom cell; kolumnen Anmärkning säger varför.",
      "The charts' data. A value not shown is an empty cell; the Note column says why."),
  CHART_NAME("Diagram %d", "Chart %d"),
  INTERNAL_SHORT("internt", "internal"),
  PUBLISHED_SHORT("publicerad", "published"),
  CONTINUED("forts.", "continued"),
  SUMMARY("Sammanfattning", "Summary"),
  TITLE_TERTIAL("Tertialrapport %d %d", "Tertial report %d %d"),
  TITLE_ANNUAL("Årsrapport %d", "Annual report %d"),
  TITLE_MONTHLY("Månadsuppföljning jan–%s %d", "Monthly follow-up Jan–%s %d"),
  TITLE_ROLLING("Rullande tolv månader till och med %s %d", "Rolling twelve months up to %s %d"),
  VISION("Vision", "Vision"),
  GOALS_TITLE("Måluppfyllelse, %s", "Goal fulfilment, %s"),
  TARGET_GROUP("Målgrupp", "Target group"),
  GOALS("Mål", "Goals"),
  WHOLE_PROGRAMME("Hela programmet", "The whole programme"),
  FORECAST_TITLE("Helårsprognos %d", "Full-year forecast %d"),
  FORECAST("Prognos helår", "Forecast, full year"),
  TARGET_YEAR("Mål helår", "Target, full year"),
  FORECAST_JUDGED("Bedömning", "Assessment"),
  FORECAST_NOTE(
      "Prognosen räknar upp utfallet hittills i år med fjolårets fördelning över året (linjärt när fjolåret saknas eller är ofullständigt) och bedöms mot helårsmålet.",
      "The forecast scales the year to date up by last year's spread over the year (linearly when last year is missing or incomplete) and is judged against the annual target."),
  GUIDE_TITLE("Så läser du rapporten", "How to read this report"),
  GUIDE_PRORATE(
      "Mål: ett mål för antal gäller helåret och räknas om till periodens längd, för %s årsmålet × %d/12 (till exempel %s → %s). Andelar har samma mål för varje period.",
      "Targets: a target for a count is for the whole year and is scaled to the period, for %s the annual target × %d/12 (for example %s → %s). Shares have the same target for every period."),
  GUIDE_NO_PRORATE(
      "Mål: en indikators mål gäller varje period som det är.",
      "Targets: an indicator's target applies to every period as it is."),
  GUIDE_TOLERANCE(
      "Uppfyllt när utfallet når målet, delvis uppfyllt när det når minst %s av målet%s, annars ej uppfyllt; bedömt på värdet som det visas (avrundat).",
      "Met when the outcome reaches the target, partly met when it reaches at least %s of it%s, else not met; judged on the value as shown (rounded)."),
  GUIDE_TOLERANCE_LOWER(
      " (där lägre är bättre: högst målet ÷ %s)",
      " (where lower is better: at most the target ÷ %s)"),
  GUIDE_GOAL_ALL(
      "Ett mål är uppfyllt när alla dess bedömda indikatorer är uppfyllda, ej uppfyllt när ingen är uppfylld eller delvis uppfylld, annars delvis uppfyllt.",
      "A goal is met when all its assessed indicators are met, not met when none is met or partly met, else partly met."),
  GUIDE_GOAL_MAJORITY(
      "Ett mål med regeln majoritet är uppfyllt när mer än hälften av dess bedömda indikatorer är uppfyllda, ej uppfyllt när ingen är uppfylld eller delvis uppfylld, annars delvis uppfyllt.",
      "A goal ruled by majority is met when more than half of its assessed indicators are met, not met when none is met or partly met, else partly met."),
  GUIDE_GOAL_ANY(
      "Ett mål med regeln någon är uppfyllt när minst en av dess bedömda indikatorer är uppfylld, delvis uppfyllt när minst en är delvis uppfylld, annars ej uppfyllt.",
      "A goal ruled by any is met when at least one of its assessed indicators is met, partly met when one is partly met, else not met."),
  GUIDE_GOAL_COUNT(
      "Indikatorer som inte kan bedömas räknas inte; anmärkningen säger hur många som bedömts.",
      "Indicators that cannot be assessed do not count; the note says how many were assessed."),
  GUIDE_TREND(
      "Förändring jämför periodens utfall med samma period %d. Saknar en stadsdel någon månad jämförs för staden de stadsdelar som levererat alla månader båda åren (anmärkningen säger vilka som lämnats utanför).",
      "Change compares the period's outcome with the same period of %d. When a district lacks a month, the city compares the districts that delivered every month of both years (the note says which were left out)."),
  GUIDE_SYMBOLS(
      ".. = undertryckt av sekretesskäl (färre än %d personer, eller ett värde som skulle röja ett sådant antal).   - = uppgift saknas (inga data, eller nämnaren är noll).   * = ofullständigt: uppgifter saknas för någon månad (anmärkningen säger vilken).   0 = noll.",
      ".. = withheld for confidentiality (fewer than %d persons, or a value that would give such a count away).   - = no data (nothing delivered, or a zero denominator).   * = incomplete: data missing for some month (the note says which).   0 = zero."),
  NOTE_MISSING_MONTHS("%s saknar %s", "%s lacks %s"),
  NOTE_OWN_MISSING("Uppgifter saknas för %s", "Data missing for %s"),
  NOTE_PARTIAL_TREND("Förändring utan %s", "Change without %s"),
  REASON_NO_TARGET_DISTRICT("Inget mål för stadsdelen", "No target for the district"),
  REASON_NO_TARGET("Inget mål", "No target"),
  REASON_NO_DATA("Uppgift saknas", "No data"),
  REASON_ZERO_DENOMINATOR("Ingen att räkna (nämnaren är 0)", "Nobody to count (zero denominator)"),
  REASON_WITHHELD("För få personer för att redovisas", "Too few persons to show"),
  GOAL_ASSESSED("%d av %d indikatorer bedömda", "%d of %d indicators assessed"),
  AND("och", "and"),
  A_TERTIAL("en tertial", "a tertial"),
  ANALYSIS("Analys", "Analysis"),
  ACTIONS("Åtgärder", "Actions"),
  OWN_ASSESSMENT("Enhetens egen bedömning", "The unit's own assessment"),
  DISTRICTS_ANALYSIS("Stadsdelarnas analys", "The districts' analysis"),
  DISTRICTS_ANALYSIS_NOTE(
      "Stadsdelarnas egna analyser och åtgärder per mål och indikator, från kommentarsblanketterna de lämnat för perioden.",
      "The districts' own analysis and actions per goal and indicator, from the comment forms they returned for the period."),
  CONCERNS("Avser", "Concerns"),
  THE_GOAL("Målet", "The goal"),
  NO_DISTRICT_COMMENTS(
      "Ingen stadsdel har lämnat någon kommentar för perioden.",
      "No district has returned a comment for the period.");

  private final String swedish;
  private final String english;

  Label(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The text in Swedish ({@code true}) or English. */
  String text(boolean inSwedish) {
    return inSwedish ? swedish : english;
  }
}
