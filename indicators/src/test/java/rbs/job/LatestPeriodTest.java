package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatestPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2015-01-01, 2014",
    "2015-04-30, 2014",
    "2015-05-01, 2015-T1",
    "2015-08-31, 2015-T1",
    "2015-09-01, 2015-T2",
    "2015-12-31, 2015-T2",
    "2016-01-02, 2015"
  })
  void picksTheLastEndedTertialOrYearAcrossTheYearBoundary(String today, String expected) {
    assertThat(LatestPeriod.asOf(LocalDate.parse(today)).toString()).isEqualTo(expected);
  }
}
