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

  @ParameterizedTest
  @CsvSource({
    "2014-06-03, 2014-05, 2014-R05",
    "2014-06-30, 2014-05, 2014-R05",
    "2015-01-01, 2014-12, 2014-R12",
    "2015-02-15, 2015-01, 2015-R01"
  })
  void latestMonthIsTheLastMonthEndedBeforeTheDay(String today, String month, String rolling) {
    assertThat(LatestPeriod.monthAsOf(LocalDate.parse(today)).toString()).isEqualTo(month);
    assertThat(LatestPeriod.rollingAsOf(LocalDate.parse(today)).toString()).isEqualTo(rolling);
  }
}
