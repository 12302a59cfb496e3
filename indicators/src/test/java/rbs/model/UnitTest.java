package rbs.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTest {

  private static final Programme STOCKHOLM =
      new Programme(
          "p",
          "P",
          "",
          "Stockholm",
          "sv",
          List.of(
              new District("Södermalm", List.of("Södermalms sdf")),
              new District("Älvsjö", List.of("Alvsjo"))),
          5,
          List.of(),
          List.of(),
          Path.of("p.yaml"));

  @Test
  void aProgrammeListsItsDistrictsInDeclarationOrderThenTheMunicipality() {
    assertThat(STOCKHOLM.units())
        .extracting(Unit::name)
        .containsExactly("Södermalm", "Älvsjö", "Stockholm");
    assertThat(STOCKHOLM.units()).extracting(Unit::isWhole).containsExactly(false, false, true);
    assertThat(STOCKHOLM.units().get(2)).isEqualTo(STOCKHOLM.whole());
    assertThat(STOCKHOLM.units().get(1).slug()).isEqualTo("alvsjo");
  }

  @Test
  void unitsSortInReportOrderWhateverOrderTheyCameIn() {
    List<Unit> shuffled = new ArrayList<>(STOCKHOLM.units());
    java.util.Collections.reverse(shuffled);

    shuffled.sort(null);

    assertThat(shuffled).isEqualTo(STOCKHOLM.units());
  }

  @Test
  void aDistrictAnswersToItsNameAndAliasesInAnyCaseOrAccentsTheMunicipalityToItsName() {
    Unit soder = STOCKHOLM.units().get(0);

    assertThat(soder.answersTo("SÖDERMALM")).isTrue();
    assertThat(soder.answersTo("sodermalms sdf")).isTrue();
    assertThat(soder.answersTo("Älvsjö")).isFalse();
    assertThat(STOCKHOLM.whole().answersTo("stockholm")).isTrue();
    assertThat(STOCKHOLM.whole().names()).containsExactly("Stockholm");
    assertThat(soder.names()).containsExactly("Södermalm", "Södermalms sdf");
  }

  @Test
  void aMunicipalityWithoutDistrictsIsOneUnit() {
    Programme ekero =
        new Programme(
            "p", "P", "", "Ekerö", "sv", List.of(), 5, List.of(), List.of(), Path.of("p.yaml"));

    assertThat(ekero.units()).containsExactly(new Unit.Municipality("Ekerö"));
  }
}
