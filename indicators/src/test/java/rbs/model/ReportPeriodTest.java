package rbs.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2014-T1, TERTIAL, 4, 2014-01-01, 2014-04-30",
    "2014-T2, TERTIAL, 8, 2014-01-01, 2014-08-31",
    "2014-T3, ANNUAL, 12, 2014-01-01, 2014-12-31",
    "2014, ANNUAL, 12, 2014-01-01, 2014-12-31",
    "2014-05, MONTH, 5, 2014-01-01, 2014-05-31",
    "2014-12, MONTH, 12, 2014-01-01, 2014-12-31",
    "2014-R05, ROLLING, 5, 2013-06-01, 2014-05-31",
    "2014-R12, ROLLING, 12, 2014-01-01, 2014-12-31",
    "2014-R01, ROLLING, 1, 2013-02-01, 2014-01-31"
  })
  void readsEveryFormAndCoversItsMonths(
      String text, ReportPeriod.Form form, int lastMonth, String from, String to) {
    ReportPeriod p = ReportPeriod.parse(text).orElseThrow();
    assertThat(p.form()).isEqualTo(form);
    assertThat(p.lastMonth()).isEqualTo(lastMonth);
    assertThat(p.from()).isEqualTo(LocalDate.parse(from));
    assertThat(p.to()).isEqualTo(LocalDate.parse(to));
    assertThat(ReportPeriod.parse(p.toString())).contains(p);
  }

  @ParameterizedTest
  @CsvSource({"2014-13", "2014-00", "2014-R13", "2014-T4", "2014-5", "14-05", "2014-R5"})
  void refusesWhatIsNoPeriod(String text) {
    assertThat(ReportPeriod.parse(text)).isEmpty();
  }

  @Test
  void aRollingPeriodSpansTwelveMonthsAcrossTheYearAndBelongsToTheYearItEnds() {
    Period rolling = Period.rolling(2014, 5);
    assertThat(rolling.months()).isEqualTo(12);
    assertThat(rolling.year()).isEqualTo(2014);
    assertThat(rolling.label()).isEqualTo("2013-06..2014-05");
    assertThat(rolling.contains(java.time.YearMonth.of(2013, 6))).isTrue();
    assertThat(rolling.contains(java.time.YearMonth.of(2013, 5))).isFalse();
    assertThat(rolling.contains(java.time.YearMonth.of(2014, 5))).isTrue();
    assertThat(rolling.previousYear()).isEqualTo(Period.rolling(2013, 5));
    assertThat(ReportPeriod.rolling(2014, 5).main()).isEqualTo(rolling);
  }
}
