package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rbs.model.District;

class DistrictNamesTest {

  private final DistrictNames names =
      new DistrictNames(
          List.of(
              new District("Bromma", List.of()),
              new District("Östermalm", List.of("Östermalms sdf")),
              new District("Enskede-Årsta-Vantör", List.of("EÅV")),
              new District("Rinkeby-Kista", List.of())));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bromma|0",
        "BROMMA  |0",
        "Bromma sdf|0",
        "Bromma stadsdelsförvaltning|0",
        "Bromma stadsdelsnämnd|0",
        "Östermalms sdf|1",
        "ostermalm|1",
        "Östermalms stadsdelsförvaltning|1",
        "Enskede Årsta Vantör|2",
        "Enskede-Arsta-Vantor|2",
        "eåv|2",
        "Rinkeby/Kista|3",
        "Rinkeby - Kista sdf|3"
      })
  void findsDistrictsUnderTheirSpellings(String spelling, int index) {
    assertThat(names.find(spelling)).contains(index);
  }

  @ParameterizedTest
  @CsvSource({"Vasastan", "Brommaplan", "''"})
  void unknownSpellingsAreNotGuessed(String spelling) {
    assertThat(names.find(spelling)).isEqualTo(Optional.empty());
  }
}
