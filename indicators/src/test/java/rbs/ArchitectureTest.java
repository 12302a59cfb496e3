package rbs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md: one-way dependencies, library types kept inside their package. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("rbs");
  }

  @Test
  void modelUsesTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("rbs.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("rbs.model..", "java..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("rbs.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void libraryNeverPrintsToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("only the CLI talks to the terminal")
        .check(classes);
  }

  @Test
  void jacksonStaysInDefinitionAndOutput() {
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.definition..", "rbs.output..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void celStaysInFilter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.filter..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.cel..", "com.google.protobuf..")
        .check(classes);
  }

  @Test
  void spreadsheetReadersStayInSource() {
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dhatim.fastexcel..", "org.apache.poi.hssf..")
        .check(classes);
  }

  @Test
  void workbookWritingAndChartsStayInReport() {
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.report..", "rbs.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.jfree..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("rbs.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.poi.xssf.usermodel..", "org.apache.poi.xddf..", "org.jfree..")
        .check(classes);
  }

  @Test
  void csvLibraryStaysInSourceAndOutput() {
    noClasses()
        .that()
        .resideOutsideOfPackages("rbs.source..", "rbs.output..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.commons.csv..")
        .check(classes);
  }
}
