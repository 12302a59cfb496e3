package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.District;

class ValuesTest {

  @Test
  void readsSwedishNumbers() {
    assertThat(Values.number("1 234 567,89")).contains(new BigDecimal("1234567.89"));
    assertThat(Values.number("1\u00A0234")).contains(new BigDecimal("1234"));
    assertThat(Values.number("1\u202F234,5")).contains(new BigDecimal("1234.5"));
    assertThat(Values.number("\u221212,5")).contains(new BigDecimal("-12.5"));
    assertThat(Values.number("3.25")).contains(new BigDecimal("3.25"));
    assertThat(Values.number("12 st")).isEmpty();
    assertThat(Values.number("1,2,3")).isEmpty();
    assertThat(Values.integer("12,0")).contains(12L);
    assertThat(Values.integer("12,5")).isEmpty();
  }

  @Test
  void readsDatesInEveryFormDistrictsUse() {
    LocalDate d = LocalDate.of(2014, 3, 5);
    assertThat(Values.date("2014-03-05", Optional.empty())).contains(d);
    assertThat(Values.date("20140305", Optional.empty())).contains(d);
    assertThat(Values.date("2014-03-05T10:15:00", Optional.empty())).contains(d);
    assertThat(Values.date("2014-03-05 10:15", Optional.empty())).contains(d);
    assertThat(Values.date("5.3.2014", Optional.of(DateTimeFormatter.ofPattern("d.M.yyyy"))))
        .contains(d);
    assertThat(Values.date("05/03/2014", Optional.empty())).isEmpty();
    assertThat(Values.excelDate(new BigDecimal("41703"), false)).contains(d);
    assertThat(Values.excelDate(new BigDecimal("40241.5"), true)).contains(d);
  }

  @Test
  void readsYesAndNoInSwedishAndEnglish() {
    assertThat(List.of("Ja", "j", "SANT", "true", "1").stream().map(Values::bool))
        .allMatch(v -> v.equals(Optional.of(true)));
    assertThat(List.of("Nej", "N", "falskt", "FALSE", "0").stream().map(Values::bool))
        .allMatch(v -> v.equals(Optional.of(false)));
    assertThat(Values.bool("kanske")).isEmpty();
  }

  @Test
  void validatesPersonnummerAndSamordningsnummer() {
    LocalDate ref = LocalDate.of(2014, 1, 1);
    assertThat(PersonIds.normalise("19850312-9804", ref)).contains("198503129804");
    assertThat(PersonIds.normalise("850312-9804", ref)).contains("198503129804");
    assertThat(PersonIds.normalise("8503129804", ref)).contains("198503129804");
    assertThat(PersonIds.normalise("19850312-9803", ref)).isEmpty(); // check digit
    assertThat(PersonIds.normalise("19851312-9804", ref)).isEmpty(); // month 13
    assertThat(PersonIds.normalise("19850372-9801", ref))
        .contains("198503729801"); // samordningsnummer
    assertThat(PersonIds.normalise("120312+9802", ref))
        .map(s -> s.substring(0, 4))
        .contains("1912");
    PersonIds ids = new PersonIds(new byte[32]);
    assertThat(ids.pseudonym("19850312-9804", ref)).isEqualTo(ids.pseudonym("850312-9804", ref));
    assertThat(new PersonIds(new byte[] {1}).pseudonym("19850312-9804", ref))
        .isNotEqualTo(ids.pseudonym("19850312-9804", ref));
  }

  @Test
  void matchesDistrictSpellings() {
    DistrictNames names =
        new DistrictNames(
            List.of(
                new District("Kungsholmen", List.of()),
                new District("Enskede-Årsta-Vantör", List.of("EÅV"))));
    assertThat(names.find("Kungsholmens sdf")).contains(0);
    assertThat(names.find("KUNGSHOLMEN stadsdelsförvaltning")).contains(0);
    assertThat(names.find("Enskede Arsta Vantor")).contains(1);
    assertThat(names.find("eåv")).contains(1);
    assertThat(names.find("Norrmalm")).isEmpty();
  }
}
