package rbs.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import rbs.model.Results;
import rbs.model.Unit;

/**
 * Writes the fixture workbooks to {@code -Drender.dir=DIR} for looking at them in LibreOffice
 * (soffice --headless --convert-to pdf); skipped otherwise, so CI never needs LibreOffice.
 */
@EnabledIfSystemProperty(named = "render.dir", matches = ".+")
class RenderSampleTest {

  @Test
  void writesFixtureWorkbooksForRendering() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("render.dir")));
    for (Results results : new Results[] {ReportFixtures.tertial(), ReportFixtures.annual()}) {
      for (Unit unit : new Unit[] {ReportFixtures.CITY, ReportFixtures.ALVSJO}) {
        WorkbookWriter.write(
            results,
            unit,
            new ReportOptions("0.1.0"),
            dir.resolve(WorkbookWriter.fileName(results, unit)));
      }
    }
  }
}
