package rbs.job;

import java.time.LocalDate;
import java.time.YearMonth;
import rbs.model.ReportPeriod;

/**
 * The report period {@code latest} stands for: the most recent tertial or year that has ended by
 * the given day, so a cron line never needs editing. On 2014-09-01 that is 2014-T2; on 2015-01-10
 * it is the annual report 2014.
 */
public final class LatestPeriod {

  private LatestPeriod() {}

  /**
   * The monthly follow-up {@code latest-month} stands for: January to the last month that has ended
   * by the given day (on 2014-06-03, 2014-05; in January, December of the year before).
   */
  public static ReportPeriod monthAsOf(LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    return ReportPeriod.monthly(last.getYear(), last.getMonthValue());
  }

  /** {@code latest-rolling}: the twelve months to the last month that has ended by the day. */
  public static ReportPeriod rollingAsOf(LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    return ReportPeriod.rolling(last.getYear(), last.getMonthValue());
  }

  public static ReportPeriod asOf(LocalDate today) {
    int month = today.getMonthValue();
    int year = today.getYear();
    if (month <= 4) {
      return ReportPeriod.annual(year - 1);
    }
    return ReportPeriod.tertial(year, month <= 8 ? 1 : 2);
  }
}
