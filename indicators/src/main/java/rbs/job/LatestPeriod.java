package rbs.job;

import java.time.LocalDate;
import rbs.model.ReportPeriod;

/**
 * The report period {@code latest} stands for: the most recent tertial or year that has ended by
 * the given day, so a cron line never needs editing. On 2014-09-01 that is 2014-T2; on 2015-01-10
 * it is the annual report 2014.
 */
public final class LatestPeriod {

  private LatestPeriod() {}

  public static ReportPeriod asOf(LocalDate today) {
    int month = today.getMonthValue();
    int year = today.getYear();
    if (month <= 4) {
      return ReportPeriod.annual(year - 1);
    }
    return ReportPeriod.tertial(year, month <= 8 ? 1 : 2);
  }
}
